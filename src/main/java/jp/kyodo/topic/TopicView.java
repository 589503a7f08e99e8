package jp.kyodo.topic;

import java.time.OffsetDateTime;

/** A topic as readers see it, with the ward's current answer when there is one. */
public record TopicView(
    long id,
    String title,
    String bodyHtml,
    String bodyMarkdown,
    String policyArea,
    String scopeArea,
    String scopeDistrict,
    String department,
    String status,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    OffsetDateTime publishedAt,
    OffsetDateTime closedAt,
    boolean acceptingComments,
    int commentCount,
    int participantCount,
    OfficialResponse.View officialResponse,
    long version,
    boolean premoderated,
    String hiddenReason) {

  static TopicView of(Topic t, boolean acceptingComments, OfficialResponse.View response) {
    return new TopicView(
        t.id(),
        t.title(),
        t.hiddenReason() == null ? t.bodyHtml() : null,
        t.hiddenReason() == null ? t.bodyMarkdown() : null,
        t.policyArea(),
        t.scopeArea(),
        t.scopeDistrict(),
        t.department(),
        t.status().code(),
        t.opensAt(),
        t.closesAt(),
        t.publishedAt(),
        t.closedAt(),
        acceptingComments,
        t.commentCount(),
        t.participantCount(),
        response,
        t.version(),
        t.isPremoderated(),
        t.hiddenReason());
  }
}
