package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.reference.ReferenceData;

/** Names and phrases for topic pages, in the page language. */
@Named
@ApplicationScoped
public class TopicLabels {
  @Inject PolicyAreas policyAreas;
  @Inject ReferenceData reference;

  public String policyArea(String code) {
    Locale locale = Pages.locale();
    return policyAreas.find(code).map(a -> a.name(locale)).orElse(code);
  }

  /** 区全域, an area, or 「地域 ・ 地区」. */
  public String scope(String area, String district) {
    Locale locale = Pages.locale();
    if (area == null) {
      return Pages.text("topic.scope.ward");
    }
    String areaName =
        reference.get().areas().stream()
            .filter(a -> a.code().equals(area))
            .findFirst()
            .map(a -> a.label(locale))
            .orElse(area);
    if (district == null) {
      return areaName;
    }
    return areaName
        + " ・ "
        + reference.district(district).map(d -> d.label(locale)).orElse(district);
  }

  public String counts(int comments, int participants) {
    return Pages.text(
        "topic.countsValue", Map.of("comments", comments, "participants", participants));
  }

  public String total(long count) {
    return Pages.text("topics.total", Map.of("count", count));
  }

  public String nearbyHeading(String place) {
    return Pages.text("home.nearby", Map.of("place", place));
  }

  public String allReplies(int count) {
    return Pages.text("thread.allReplies", Map.of("count", count));
  }

  public String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
