package jp.kyodo.notification.digest;

import java.util.List;
import jp.kyodo.notification.Channel;

/**
 * How a channel hands over one participant's digest. Called inside the batch's transaction: what it
 * writes (an outbox row) commits with the digest's {@code sent_at}, or not at all. Digests are
 * built only for channels that have one ({@link MailDigestDelivery} for e-mail; a LINE one belongs
 * with the LINE push and is not written yet).
 */
public interface DigestDelivery {
  Channel channel();

  void deliver(DigestRecipient recipient, DigestPeriod period, List<DigestItem> items);
}
