package jp.kyodo.notification;

/**
 * What a participant hears of one kind of event: their stored choice, or the kind's default when
 * they made none.
 */
public record EffectivePreference(Channel channel, Frequency frequency) {
  /** From a {@code notification_preference} row's codes; null codes mean no row. */
  public static EffectivePreference of(EventKind kind, String channel, String frequency) {
    if (channel == null || frequency == null) {
      return new EffectivePreference(kind.defaultChannel(), kind.defaultFrequency());
    }
    return new EffectivePreference(
        Channel.of(channel).orElse(kind.defaultChannel()),
        Frequency.of(frequency).orElse(kind.defaultFrequency()));
  }

  /** Whether notifications of this kind go to the channel at this frequency. */
  public boolean routesTo(Channel c, Frequency f) {
    return channel == c && frequency == f;
  }
}
