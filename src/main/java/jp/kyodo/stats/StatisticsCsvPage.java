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
 * admin/statistics-csv.xhtml: a table of the dashboard as CSV for the signed-in administrator (the
 * API's CSV needs a bearer token; this link uses the page session).
 */
@Named
@RequestScoped
public class StatisticsCsvPage {
  @Inject StatsService stats;
  @Inject Language language;

  private String table;
  private String from;
  private String to;
  private String period;

  public void download() {
    FacesContext faces = FacesContext.getCurrentInstance();
    StatsRange range;
    StatTable found;
    try {
      range = stats.range(from, to, period);
      found = table == null ? null : stats.table(table, range, language.getLocale());
    } catch (KyodoException e) {
      Pages.notFound();
      return;
    }
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType(Csv.MEDIA_TYPE);
    out.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"" + found.id() + "_" + range.from() + "_" + range.to() + ".csv\"");
    try {
      out.getResponseOutputStream().write(CsvExport.of(found).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
