package jp.kyodo.notification.digest;

import java.util.UUID;

/** Who a digest is for, as the batch loaded them. */
public record DigestRecipient(
    long participantId,
    String email,
    String displayName,
    String preferredLanguage,
    UUID unsubscribeKey) {}
