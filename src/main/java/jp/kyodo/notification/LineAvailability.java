package jp.kyodo.notification;

/**
 * Whether a participant can choose LINE as a channel: LINE is configured and their LINE account is
 * linked. Implemented by the LINE channel ({@code notification.line}), which depends on this
 * package and not the other way round.
 */
public interface LineAvailability {
  boolean available(long participantId);
}
