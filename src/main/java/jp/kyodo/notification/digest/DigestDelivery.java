package jp.kyodo.notification.digest;

import java.util.List;
import jp.kyodo.notification.Channel;

/**
 * How a channel hands over one participant's digest. Called inside the batch's transaction: what it
 * writes (an outbox row) commits with the digest's {@code sent_at}, or not at all. Digests are
 * built only for channels that have one ({@link MailDigestDelivery} for e-mail, {@code
 * LineDigestDelivery} with the LINE push). A channel that cannot hand it over now throws: the batch
 * rolls back and the next run sends it again (the digest's id names it on every attempt).
 */
public interface DigestDelivery {
  Channel channel();

  void deliver(
      long digestId, DigestRecipient recipient, DigestPeriod period, List<DigestItem> items);
}
