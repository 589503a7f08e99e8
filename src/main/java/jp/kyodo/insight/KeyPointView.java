package jp.kyodo.insight;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key point (論点) of a topic as the API shows it. Everyone gets the approved ones' id, label,
 * status, order and visible comments; staff and administrators get every key point with the fields
 * marked "curators only" too (absent for everyone else).
 */
@Schema(
    name = "KeyPoint",
    description =
        "A key point (論点) of a topic. status: candidate, approved or rejected; commentIds: its"
            + " visible comments, oldest first. Curators only (absent for everyone else): score"
            + " (the extraction's TF-IDF score, none when staff made it), staffMade, edited"
            + " (changed by staff, so an extraction keeps it), formerLabels (labels it stood"
            + " under before it was renamed or others were merged into it), approvedAt,"
            + " approvedBy, updatedAt and version (send it back with a change).")
public record KeyPointView(
    long id,
    long topicId,
    String label,
    String status,
    Integer sortOrder,
    int commentCount,
    List<Long> commentIds,
    Double score,
    Boolean staffMade,
    Boolean edited,
    List<String> formerLabels,
    OffsetDateTime approvedAt,
    Long approvedBy,
    OffsetDateTime updatedAt,
    Long version) {

  static KeyPointView forCurators(KeyPointQueries.Row r) {
    return new KeyPointView(
        r.id(),
        r.topicId(),
        r.label(),
        r.status().code(),
        r.sortOrder(),
        r.commentIds().size(),
        r.commentIds(),
        r.score(),
        r.staffMade(),
        r.edited(),
        r.formerLabels(),
        r.approvedAt(),
        r.approvedBy(),
        r.updatedAt(),
        r.version());
  }

  static KeyPointView forPublic(KeyPointQueries.Row r) {
    return new KeyPointView(
        r.id(),
        r.topicId(),
        r.label(),
        r.status().code(),
        r.sortOrder(),
        r.commentIds().size(),
        r.commentIds(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
