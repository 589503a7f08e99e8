package jp.kyodo.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.web.Language;

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

  /**
   * Writes the CSV. No table is a 400, an unknown one a 404, a malformed date a 400; the error page
   * says which ({@link jp.kyodo.platform.web.PageExceptionHandler}).
   */
  public void download() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (table == null || table.isBlank()) {
      throw InvalidInputException.of("table", "validation.required");
    }
    StatsRange range = stats.range(from, to, period);
    Locale locale = language.getLocale();
    StatTable found = stats.table(table, range, locale);
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType(Csv.MEDIA_TYPE);
    out.setResponseHeader(
        "Content-Disposition",
        Csv.attachment(found.id() + "_" + range.from() + "_" + range.to() + ".csv"));
    try {
      out.getResponseOutputStream()
          .write(CsvExport.of(found, locale).getBytes(StandardCharsets.UTF_8));
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
