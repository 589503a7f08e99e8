package jp.kyodo.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.WardTime;

/**
 * One ward issue opened for discussion. Carries its lifecycle rules: only an open topic inside its
 * comment period takes comments; a closed topic stays closed. Its counters are maintained by atomic
 * SQL in the same transaction as the change they count, never through this object.
 */
@Entity
@Table(name = "topic")
public class Topic {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @Column(name = "body_markdown")
  private String bodyMarkdown;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "policy_area")
  private String policyArea;

  @Column(name = "scope_area")
  private String scopeArea;

  @Column(name = "scope_district")
  private String scopeDistrict;

  private String department;

  private TopicStatus status;

  @Column(name = "opens_at")
  private OffsetDateTime opensAt;

  @Column(name = "closes_at")
  private OffsetDateTime closesAt;

  @Column(name = "created_by", updatable = false)
  private long createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Column(name = "comment_count", insertable = false, updatable = false)
  private int commentCount;

  @Column(name = "participant_count", insertable = false, updatable = false)
  private int participantCount;

  @Column(name = "last_activity_at", insertable = false, updatable = false)
  private OffsetDateTime lastActivityAt;

  private boolean premoderated;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Version private long version;

  protected Topic() {}

  public Topic(Draft draft, long createdBy, OffsetDateTime now) {
    this.createdBy = createdBy;
    this.createdAt = now;
    this.status = TopicStatus.DRAFT;
    apply(draft);
  }

  /** Validated content with its rendered HTML. */
  public record Draft(
      String title,
      String bodyMarkdown,
      String bodyHtml,
      String policyArea,
      String scopeArea,
      String scopeDistrict,
      String department,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt) {}

  public void revise(Draft draft) {
    if (status == TopicStatus.ARCHIVED) {
      throw refused("topic_archived", "problem.topic.archived");
    }
    apply(draft);
  }

  private void apply(Draft d) {
    if (!d.closesAt().isAfter(d.opensAt())) {
      throw InvalidInputException.of("closesAt", "validation.topic.period");
    }
    title = d.title();
    bodyMarkdown = d.bodyMarkdown();
    bodyHtml = d.bodyHtml();
    policyArea = d.policyArea();
    scopeArea = d.scopeArea();
    scopeDistrict = d.scopeDistrict();
    department = d.department();
    opensAt = d.opensAt();
    closesAt = d.closesAt();
  }

  public void publish(OffsetDateTime now) {
    if (status != TopicStatus.DRAFT) {
      throw refused("topic_not_draft", "problem.topic.notDraft");
    }
    if (!closesAt.isAfter(now)) {
      throw refused("topic_period_over", "problem.topic.periodOver");
    }
    status = TopicStatus.OPEN;
    publishedAt = now;
  }

  public void close(OffsetDateTime now) {
    if (status != TopicStatus.OPEN) {
      throw refused("topic_not_open", "problem.topic.notOpen");
    }
    status = TopicStatus.CLOSED;
    closedAt = now;
  }

  public void archive(OffsetDateTime now) {
    if (status != TopicStatus.CLOSED) {
      throw refused("topic_not_closed", "problem.topic.notClosed");
    }
    status = TopicStatus.ARCHIVED;
    archivedAt = now;
  }

  /** Open and inside its comment period. */
  public boolean acceptsComments(OffsetDateTime now) {
    return status == TopicStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public void requireAcceptingComments(OffsetDateTime now) {
    if (acceptsComments(now)) {
      return;
    }
    if (status == TopicStatus.OPEN && now.isBefore(opensAt)) {
      throw refused("topic_not_yet_open", "problem.topic.notYetOpen");
    }
    throw refused("topic_closed", "problem.topic.closed");
  }

  /**
   * An opinion received outside the web (on paper, by post, by phone, at a workshop or a counter)
   * counts when it was received during the topic's period, whenever staff type it in: also after
   * the topic closed (paper handed in on the last day). Not on a draft, which nobody may answer
   * yet, nor on an archived topic, whose record is final. The days: {@link ReceivingDays}.
   */
  public void requireReceivedDuringPeriod(LocalDate receivedOn) {
    if (status == TopicStatus.DRAFT) {
      throw refused("topic_not_published", "problem.topic.notPublishedForProxy");
    }
    if (status == TopicStatus.ARCHIVED) {
      throw refused("topic_archived", "problem.topic.archived");
    }
    ReceivingDays days = ReceivingDays.of(opensAt, closesAt, closedAt);
    if (!days.contains(receivedOn)) {
      throw InvalidInputException.of(
          "receivedOn",
          "validation.receivedOn.outsidePeriod",
          Map.of("from", WardTime.date(days.first()), "to", WardTime.date(days.last())));
    }
  }

  /** The ward may publish its answer once the topic is published (usually after closing). */
  public void requireResponseAllowed() {
    if (status == TopicStatus.DRAFT) {
      throw refused("topic_not_published", "problem.topic.notPublished");
    }
  }

  public boolean isPublished() {
    return status != TopicStatus.DRAFT;
  }

  /** Every new comment waits for a moderator's approval while this is on. */
  public void premoderate(boolean on) {
    premoderated = on;
  }

  public boolean isPremoderated() {
    return premoderated;
  }

  /** A moderator hides the body; the title stays, since it names the ward issue. */
  public void hide(String reason) {
    if (hiddenReason != null) {
      throw refused("topic_hidden", "problem.topic.hidden");
    }
    hiddenReason = reason;
  }

  public void restore() {
    hiddenReason = null;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  private static BusinessRuleException refused(String code, String key) {
    return new BusinessRuleException(code, key);
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String policyArea() {
    return policyArea;
  }

  public String scopeArea() {
    return scopeArea;
  }

  public String scopeDistrict() {
    return scopeDistrict;
  }

  public String department() {
    return department;
  }

  public TopicStatus status() {
    return status;
  }

  public OffsetDateTime opensAt() {
    return opensAt;
  }

  public OffsetDateTime closesAt() {
    return closesAt;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  public int commentCount() {
    return commentCount;
  }

  public int participantCount() {
    return participantCount;
  }

  public OffsetDateTime lastActivityAt() {
    return lastActivityAt;
  }

  public long createdBy() {
    return createdBy;
  }

  public long version() {
    return version;
  }
}
