package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodo.comment.CommentScreen;

/** Opens the case of a comment that the screen held or flagged, in the posting transaction. */
@ApplicationScoped
public class CaseOpener {
  @Inject CaseRepository cases;
  @Inject Clock clock;

  void screened(@Observes CommentScreen.Screened s) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    ModerationReason reason =
        ModerationReason.fromCode(s.screening().reason()).orElse(ModerationReason.OTHER);
    ModerationCase c =
        cases.lockOrOpen(
            new CaseRepository.Target("comment", s.commentId(), s.topicId(), s.authorId()),
            reason,
            now);
    String detail = s.screening().detail();
    cases.record(s.screening().holds() ? c.hold(reason, detail, now) : c.flag(reason, detail, now));
    cases.flush();
  }
}
