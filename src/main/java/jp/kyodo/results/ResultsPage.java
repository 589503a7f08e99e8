package jp.kyodo.results;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Language;
import jp.kyodo.platform.web.Pages;

/**
 * results.xhtml?id=… (the results document as the public reads it once published; staff also the
 * draft) and results-download.xhtml?id=…&amp;format=csv|xlsx (the same as a file, through the page
 * session). Anything the reader may not see is a 404.
 */
@Named
@RequestScoped
public class ResultsPage {
  @Inject ResultsService results;
  @Inject Language language;

  private String id;
  private String format;
  private ResultsView document;

  public void load() {
    Long topicId = Pages.parseId(id);
    if (topicId == null) {
      Pages.notFound();
      return;
    }
    try {
      document = results.read(topicId);
    } catch (KyodoException e) {
      Pages.notFound();
    }
  }

  public void download() {
    load();
    if (document == null) {
      return;
    }
    boolean csv = "csv".equals(format);
    if (!csv && !"xlsx".equals(format)) {
      Pages.notFound();
      return;
    }
    Locale locale = language.getLocale();
    byte[] body = csv ? ResultsFiles.csv(document, locale) : ResultsFiles.xlsx(document, locale);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType(csv ? Csv.MEDIA_TYPE : ResultsFiles.XLSX);
    out.setResponseHeader(
        "Content-Disposition", ResultsFiles.attachment(document.topicId(), format));
    try {
      out.getResponseOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getTitle() {
    return document == null ? "" : ResultsFiles.title(document, language.getLocale());
  }

  public String getPeriod() {
    return document == null ? "" : ResultsFiles.period(document);
  }

  public String channel(String code) {
    return ResultsFiles.channel(language.getLocale(), code);
  }

  public String keyPoint(ResultsView.Row row) {
    return ResultsFiles.keyPoint(language.getLocale(), row);
  }

  public ResultsView getDocument() {
    return document;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
