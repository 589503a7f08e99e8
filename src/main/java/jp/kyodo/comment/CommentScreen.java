package jp.kyodo.comment;

import jp.kyodo.security.Actor;
import jp.kyodo.topic.Topic;

/**
 * Looks at a comment's text before it is saved. The moderation feature implements it (watched
 * words, the personal-information guard, pre-moderation); this package only acts on the verdict.
 */
public interface CommentScreen {
  /**
   * The verdict for the text; throws {@link jp.kyodo.platform.InvalidInputException} (on the field
   * {@code body}) when the text may not be posted at all.
   */
  Screening screen(Topic topic, Actor author, String body, boolean isEdit);

  /** Publish, publish and ask a moderator to look, or hold until a moderator approves. */
  record Screening(Verdict verdict, String reason, String detail) {
    public static final Screening PUBLISH = new Screening(Verdict.PUBLISH, null, null);

    public enum Verdict {
      PUBLISH,
      FLAG,
      HOLD
    }

    public boolean holds() {
      return verdict == Verdict.HOLD;
    }
  }

  /**
   * Fired in the posting transaction when a comment was flagged or held, so that a case is opened
   * in the same transaction.
   */
  record Screened(long commentId, long topicId, long authorId, Screening screening) {}
}
