package jp.kyodo.insight;

import java.util.List;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What curators send to write key points. Comment ids are visible comments of the topic. */
public final class KeyPointRequests {
  /** The longest label, in code points (key_point.label). */
  public static final int LABEL_MAX = 100;

  private KeyPointRequests() {}

  /** A key point written by hand, with the comments it stands for (optional). */
  @Schema(name = "NewKeyPoint")
  public record NewKeyPoint(
      @Required @CleanText(max = LABEL_MAX) String label, List<Long> commentIds) {}

  /**
   * A change: any of label, status (candidate, approved, rejected), sortOrder (0–9999) and comments
   * to add or remove; {@code version} is the one read, so that a change made meanwhile is not
   * overwritten (409).
   */
  @Schema(name = "KeyPointEdit")
  public record Edit(
      @Required(message = "{validation.version.required}") Long version,
      @CleanText(max = LABEL_MAX) String label,
      @CleanText(max = 16) String status,
      Integer sortOrder,
      List<Long> addCommentIds,
      List<Long> removeCommentIds) {}

  /** Merges key point {@code from} (at {@code fromVersion}) into this one (at {@code version}). */
  @Schema(name = "KeyPointMerge")
  public record Merge(
      @Required Long from,
      @Required(message = "{validation.version.required}") Long version,
      @Required(message = "{validation.version.required}") Long fromVersion) {}
}
