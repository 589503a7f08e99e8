package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.web.Pages;

/** How pages write key point values ({@code #{keyPointLabels.…}}). */
@Named
@ApplicationScoped
public class KeyPointLabels {
  /** A score to three decimals; a dash for a key point staff made. */
  public String score(Double score) {
    return score == null ? "—" : String.format(Locale.ROOT, "%.3f", score);
  }

  /** 「12件の意見」: how many visible comments a key point stands for. */
  public String comments(long count) {
    return Pages.text("keyPoints.public.count", Map.of("count", count));
  }

  public String joined(List<String> labels) {
    return String.join("、", labels);
  }
}
