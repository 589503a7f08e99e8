package jp.kyodo.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** The report form under a comment on its permalink page. */
@Named
@RequestScoped
public class ReportPage {
  @Inject ReportService reports;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;

  private String reason;
  private String text;

  public void reportComment() {
    Long commentId = Pages.parseId(Pages.param("id"));
    if (commentId == null) {
      Pages.notFound();
      return;
    }
    try {
      reports.reportComment(commentId, new ModerationRequests.Report(reason, text));
      Pages.keepMessages();
      Pages.info("report.thanks");
      Pages.redirect("/comment.xhtml?id=" + commentId);
    } catch (KyodoException e) {
      Pages.show("reportForm", e);
    }
  }

  /** Signed-in participants who may write; the page hides the form from the author. */
  public boolean isCanReport() {
    return policy.canReport(currentActor.get());
  }

  public List<String> getReasons() {
    return ModerationReason.REPORTABLE.stream().map(ModerationReason::code).toList();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
