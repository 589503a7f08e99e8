package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Messages;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.topic.PolicyAreas;

/** The groups of each dimension in their reference order, with labels in the reader's language. */
@ApplicationScoped
public class StatsLabels {
  public static final String UNANSWERED = "unanswered";

  @Inject ReferenceData reference;
  @Inject PolicyAreas policyAreas;

  /** code → label, in order; profile dimensions end with 回答しない. */
  public Map<String, String> groups(String dimension, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    ReferenceData.Snapshot ref = reference.get();
    switch (dimension) {
      case "age_band" -> ref.ageBands().forEach(c -> labels.put(c.code(), c.label(locale)));
      case "area", "activity_area" ->
          ref.areas().forEach(c -> labels.put(c.code(), c.label(locale)));
      case "district" -> ref.districts().forEach(d -> labels.put(d.code(), d.label(locale)));
      case "relation" -> ref.relations().forEach(c -> labels.put(c.code(), c.label(locale)));
      case "policy_area" -> policyAreas.all().forEach(a -> labels.put(a.code(), a.name(locale)));
      default -> throw new IllegalArgumentException(dimension);
    }
    if (!dimension.equals("policy_area")) {
      labels.put(UNANSWERED, Messages.get(locale, "common.notAnswered"));
    }
    return labels;
  }

  public String label(String dimension, String code, Locale locale) {
    return groups(dimension, locale).getOrDefault(code, code);
  }
}
