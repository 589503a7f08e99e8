package jp.kyodo.comment;

import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.MaxBodySize;
import jp.kyodo.platform.Required;

/** What participants send when they write or react. */
public final class CommentRequests {
  private CommentRequests() {}

  /** A top-level opinion; stance is optional (agree, oppose, neutral, question). */
  @MaxBodySize(kib = 128)
  public record NewOpinion(
      @Required @CleanText(max = CommentSettings.LENGTH_CEILING, multiline = true) String body,
      @CleanText(max = 16) String stance) {}

  @MaxBodySize(kib = 128)
  public record NewReply(
      @Required @CleanText(max = CommentSettings.LENGTH_CEILING, multiline = true) String body) {}

  /** An edit; {@code version} is the one the author saw, so that stale edits are refused. */
  @MaxBodySize(kib = 128)
  public record Edit(
      @Required @CleanText(max = CommentSettings.LENGTH_CEILING, multiline = true) String body,
      @Required(message = "{validation.version.required}") Long version) {}

  public record Reaction(@Required @CleanText(max = 16) String kind) {}
}
