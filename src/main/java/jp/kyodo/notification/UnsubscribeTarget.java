package jp.kyodo.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a one-click unsubscribe link stops: the e-mails of one kind of event ({@code kind=reply}),
 * or one e-mail digest ({@code kind=digest-daily}, {@code digest-weekly}: every kind that the
 * participant receives in that digest).
 */
public record UnsubscribeTarget(EventKind kind, Frequency digest) {
  private static final String DIGEST = "digest-";

  /** Every value {@code kind} may have: the event kinds, then the two digests. */
  public static final List<String> CODES =
      Stream.concat(
              Arrays.stream(EventKind.values()).map(EventKind::code),
              Stream.of(DIGEST + "daily", DIGEST + "weekly"))
          .toList();

  public UnsubscribeTarget {
    if ((kind == null) == (digest == null)
        || (digest != null && digest != Frequency.DAILY && digest != Frequency.WEEKLY)) {
      throw new IllegalArgumentException("one kind, or the daily or weekly digest");
    }
  }

  public static UnsubscribeTarget of(EventKind kind) {
    return new UnsubscribeTarget(kind, null);
  }

  public static UnsubscribeTarget digestOf(Frequency frequency) {
    return new UnsubscribeTarget(null, frequency);
  }

  /** The target named by a link's {@code kind}, if it names one. */
  public static Optional<UnsubscribeTarget> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    if (code.startsWith(DIGEST)) {
      return Frequency.of(code.substring(DIGEST.length()))
          .filter(f -> f == Frequency.DAILY || f == Frequency.WEEKLY)
          .map(UnsubscribeTarget::digestOf);
    }
    return EventKind.of(code).map(UnsubscribeTarget::of);
  }

  /** The value of {@code kind} in the link. */
  public String code() {
    return kind != null ? kind.code() : DIGEST + digest.code();
  }

  /** The message key naming what stops (unsubscribe.target.…). */
  public String messageKey() {
    return "unsubscribe.target." + code().replace('-', '_').toLowerCase(Locale.ROOT);
  }

  /**
   * Whether unsubscribing switches this kind off, given what the participant hears of it now: only
   * kinds that reach them by e-mail (a kind they moved to the site or LINE stays as it is).
   */
  public boolean covers(EventKind k, EffectivePreference now) {
    if (now.channel() != Channel.EMAIL || now.frequency() == Frequency.OFF) {
      return false;
    }
    return kind != null ? k == kind : now.frequency() == digest;
  }
}
