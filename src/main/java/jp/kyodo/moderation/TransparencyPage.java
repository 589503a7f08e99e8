package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** moderation-report.xhtml: the public monthly moderation report. */
@Named
@RequestScoped
public class TransparencyPage {
  @Inject TransparencyReport report;

  private List<TransparencyReport.Month> months;

  @PostConstruct
  void read() {
    months = report.months(12);
  }

  public List<TransparencyReport.Month> getMonths() {
    return months;
  }

  public List<String> getOutcomes() {
    return TransparencyReport.OUTCOMES;
  }

  public long total(TransparencyReport.Month m, String outcome) {
    return m.totals().getOrDefault(outcome, 0L);
  }

  /** "個人情報 2、宣伝・スパム 1" for one outcome of a month. */
  public List<ReasonCount> reasons(TransparencyReport.Month m, String outcome) {
    return m.byReason().getOrDefault(outcome, Map.of()).entrySet().stream()
        .map(e -> new ReasonCount(e.getKey(), e.getValue()))
        .toList();
  }

  public record ReasonCount(String reason, long count) {}
}
