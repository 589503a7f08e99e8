package jp.kyodo.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A mail written in the same transaction as the change that caused it (a transactional outbox). */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {
  private static final int MAX_ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  /** The one-click unsubscribe link (RFC 8058) of a notification mail; null for account mails. */
  @Column(name = "list_unsubscribe", updatable = false)
  private String listUnsubscribe;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected OutboundMail() {}

  OutboundMail(
      String recipient,
      String subject,
      String body,
      String listUnsubscribe,
      OffsetDateTime createdAt) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.listUnsubscribe = listUnsubscribe;
    this.createdAt = createdAt;
  }

  void markSent(OffsetDateTime now) {
    attempts++;
    sentAt = now;
    lastError = null;
  }

  void markFailed(String error) {
    attempts++;
    lastError =
        error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String listUnsubscribe() {
    return listUnsubscribe;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }
}
