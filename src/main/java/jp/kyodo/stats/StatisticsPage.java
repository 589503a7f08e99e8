package jp.kyodo.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.web.Language;
import jp.kyodo.platform.web.Pages;

/**
 * admin/statistics.xhtml: the KPI and every statistics table, each chart followed by the table of
 * its numbers. The range is in the address (a GET form), so every view is a link.
 */
@Named
@RequestScoped
public class StatisticsPage {
  /** Which tables get a chart, and what it draws (see {@link Charts#of}). */
  private static final Map<String, List<Chart>> CHARTS =
      Map.of(
          "registrations",
          List.of(
              new Chart("bar", List.of("confirmed", "withdrawn")),
              new Chart("line", List.of("kpi", "target"))),
          "representativeness-age_band",
          List.of(new Chart("bar", List.of("registrantShare", "populationShare"))),
          "representativeness-area",
          List.of(new Chart("bar", List.of("registrantShare", "populationShare"))),
          "activity-policy_area",
          List.of(new Chart("bar", List.of("participants30", "comments30"))),
          "months",
          List.of(new Chart("bar", List.of("participants", "comments"))));

  private record Chart(String type, List<String> columns) {}

  @Inject StatsService stats;
  @Inject Language language;
  @Inject StatFormat statFormat;

  private String from;
  private String to;
  private String period;
  private Dashboard dashboard;

  public void load() {
    try {
      dashboard = stats.dashboard(stats.range(from, to, period), language.getLocale());
    } catch (KyodoException e) {
      if (e.status() != 400) {
        throw e;
      }
      Pages.show("range", e);
      dashboard = stats.dashboard(stats.range(null, null, null), language.getLocale());
    }
  }

  /** Chart.js configurations for the table, in order; empty when it has no chart. */
  public List<String> charts(StatTable table) {
    return CHARTS.getOrDefault(table.id(), List.of()).stream()
        .map(c -> Charts.of(table, c.type(), c.columns()))
        .toList();
  }

  public String format(Cell cell) {
    return statFormat.format(cell);
  }

  public String number(Object value) {
    return statFormat.number(value);
  }

  /**
   * The KPI's progress in words: how many are still needed, and where the count stands between the
   * baseline and the target (a percentage alone reads "-221.8 %" while below the baseline).
   */
  public String getKpiStanding() {
    Dashboard.Kpi kpi = dashboard.kpi();
    return Messages.format(
        language.getLocale(),
        "stats.kpi.standing." + kpi.standing().name().toLowerCase(java.util.Locale.ROOT),
        Map.of(
            "value", number(kpi.value()),
            "baseline", number(kpi.baseline()),
            "target", number(kpi.target()),
            "needed", number(kpi.stillNeeded()),
            "below", number(kpi.belowBaseline()),
            "percent", number(kpi.progressPercent()),
            "beyond", number(kpi.value() - kpi.target())));
  }

  public String csvUrl(StatTable table) {
    return "statistics-csv.xhtml?table="
        + encode(table.id())
        + "&from="
        + dashboard.from()
        + "&to="
        + dashboard.to()
        + "&period="
        + dashboard.period();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public Dashboard getDashboard() {
    return dashboard;
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
