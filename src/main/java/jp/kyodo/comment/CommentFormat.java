package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.kyodo.platform.PlainTextRenderer;
import jp.kyodo.platform.Text;
import jp.kyodo.platform.WardTime;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.platform.web.PersonalMarks;
import jp.kyodo.security.CurrentActor;

/** How pages show comments: safe text with links, names, headings that say who answers whom. */
@Named
@ApplicationScoped
public class CommentFormat {
  /** The section of a comment's author (filled by the security feature). */
  private static final String OWN = "own";

  @Inject CurrentActor currentActor;
  @Inject PersonalMarks marks;

  /** The reader wrote it: no agree or disagree buttons on one's own comment. */
  public boolean mine(CommentView c) {
    Long author = authorId(c);
    return author != null && currentActor.get().is(author);
  }

  /*
   * The reader's own parts of a comment. In a page kept for a class of readers (PersonalMarks) both
   * the buttons and the author's counts are rendered, in sections filled for each reader, and the
   * buttons' state is a mark (ReactionMarks).
   */

  public boolean showsButtons(CommentView c) {
    return marks.isTemplate() || !mine(c);
  }

  public boolean showsOwnCounts(CommentView c) {
    return marks.isTemplate() ? authorId(c) != null : mine(c);
  }

  public String othersBegin(CommentView c) {
    return marks.begin("!" + OWN, authorId(c));
  }

  public String ownBegin(CommentView c) {
    return marks.begin(OWN, authorId(c));
  }

  /** aria-pressed of the reader's reaction button of {@code kind}. */
  public String pressed(CommentView c, String kind) {
    return marks.isTemplate()
        ? marks.value(ReactionMarks.PRESSED, ReactionMarks.arg(c.id(), kind))
        : String.valueOf(kind.equals(c.myReaction()));
  }

  /** The class the reader's own reaction adds to its button (with its leading space), or "". */
  public String pressedClass(CommentView c, String kind) {
    return marks.isTemplate()
        ? marks.value(ReactionMarks.PRESSED_CLASS, ReactionMarks.arg(c.id(), kind))
        : ReactionMarks.pressedClass(kind.equals(c.myReaction()));
  }

  private static Long authorId(CommentView c) {
    return c.author() == null ? null : c.author().id();
  }

  /** The first lines of a comment, as plain text, for lists (the whole text is one link away). */
  public String excerpt(String body) {
    return Text.excerpt(body, 140);
  }

  public String html(String body) {
    return PlainTextRenderer.toHtml(body);
  }

  public String name(CommentView.Author author) {
    if (author != null && author.proxy()) {
      return Pages.text("channel.from." + author.proxyChannel());
    }
    if (author == null || author.withdrawn() || author.displayName() == null) {
      return Pages.text("common.withdrawnUser");
    }
    return author.displayName();
  }

  /** 「たろう さんの意見」 or 「はなこ さんから たろう さんへの返信」: read out by screen readers. */
  public String heading(CommentView c) {
    if (c.depth() == 0 && c.author() != null && c.author().proxy()) {
      return Pages.text("channel.provenance." + c.author().proxyChannel());
    }
    if (c.depth() == 0) {
      return Pages.text("thread.opinionBy", Map.of("name", name(c.author())));
    }
    String key =
        c.replyTo() != null && c.replyTo().proxy() ? "thread.replyToProxy" : "thread.replyBy";
    return Pages.text(key, Map.of("name", name(c.author()), "to", name(c.replyTo())));
  }

  /**
   * 「受付日 2026/11/20・三軒茶屋まちづくりセンター」 for an opinion staff entered on someone's behalf; empty for the
   * others.
   */
  public String provenance(CommentView c) {
    CommentView.Provenance p = c.provenance();
    if (p == null) {
      return "";
    }
    String day = WardTime.date(p.receivedOn());
    return p.place() == null || p.place().isBlank()
        ? Pages.text("thread.received", Map.of("date", day))
        : Pages.text("thread.receivedAt", Map.of("date", day, "place", p.place()));
  }

  /** What stands in for a comment the public may not read: deleted, hidden (with the reason). */
  public String placeholder(CommentView c) {
    if (c.hidden()) {
      return Pages.text("thread.hidden", Map.of("reason", reason(c.moderationReason())));
    }
    if (c.held()) {
      return Pages.text("thread.held", Map.of("reason", reason(c.moderationReason())));
    }
    return Pages.text("thread.deleted");
  }

  public String hiddenTopic(String reason) {
    return Pages.text("topic.hidden", Map.of("reason", reason(reason)));
  }

  public String reason(String code) {
    return code == null ? "" : Pages.text("moderation.reason." + code);
  }
}
