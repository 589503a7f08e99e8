package jp.kyodo.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Language;
import jp.kyodo.platform.web.Pages;

/**
 * reports/topic.xhtml and its CSV: a topic's participation report for the owning department (staff
 * and administrators; others get 403, an unknown topic 404), the same figures as the API's.
 */
@Named
@RequestScoped
public class TopicReportPage {
  @Inject TopicReportService reports;
  @Inject Language language;

  private String id;
  private TopicReport report;

  public void load() {
    Long topicId = Pages.parseId(id);
    if (topicId == null) {
      Pages.notFound();
      return;
    }
    try {
      report = reports.report(topicId, language.getLocale());
    } catch (KyodoException e) {
      Pages.sendError(e.status() == 403 || e.status() == 401 ? 403 : 404);
    }
  }

  /** The topic's comments without their authors, through the page session. */
  public void downloadComments() {
    Long topicId = Pages.parseId(id);
    String csv;
    try {
      csv = topicId == null ? null : reports.anonymisedCommentsCsv(topicId, language.getLocale());
    } catch (KyodoException e) {
      Pages.sendError(e.status() == 403 || e.status() == 401 ? 403 : 404);
      return;
    }
    if (csv == null) {
      Pages.notFound();
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType(Csv.MEDIA_TYPE);
    out.setResponseHeader(
        "Content-Disposition", Csv.attachment("topic-" + topicId + "-comments.csv"));
    try {
      out.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public TopicReport getReport() {
    return report;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
