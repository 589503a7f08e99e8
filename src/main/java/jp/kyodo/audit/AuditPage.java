package jp.kyodo.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/**
 * admin/audit.xhtml: the audit log, filtered by GET parameters (so a filtered view can be
 * bookmarked), with a CSV download of the same filter.
 */
@Named
@RequestScoped
public class AuditPage {
  private static final List<String> FILTERS =
      List.of("action", "actorId", "targetType", "targetId", "from", "to");

  @Inject AuditLog auditLog;
  @Inject AuditSubjects subjects;
  @Inject ForumPolicy policy;
  @Inject CurrentActor currentActor;

  private final Map<String, String> filter = new LinkedHashMap<>();
  private List<AuditLines.Line> entries = List.of();

  @PostConstruct
  void read() {
    FILTERS.forEach(f -> filter.put(f, Pages.param(f)));
  }

  public void load() {
    try {
      List<AuditLog.AuditEntryView> found =
          auditLog.search(
              AuditResource.filter(
                  filter.get("action"),
                  filter.get("actorId"),
                  filter.get("targetType"),
                  filter.get("targetId"),
                  filter.get("from"),
                  filter.get("to")),
              200);
      Actor reader = currentActor.get();
      AuditLines lines =
          new AuditLines(
              Pages.locale(),
              new AuditLines.Reader(policy.canModerate(reader), policy.canSeeDraftTopics(reader)),
              subjects.of(found));
      entries = found.stream().map(lines::line).toList();
    } catch (KyodoException e) {
      Pages.show("filterForm", e);
    }
  }

  public Map<String, String> getFilter() {
    return filter;
  }

  public List<AuditLines.Line> getEntries() {
    return entries;
  }

  /** The action filter after 「すべて」: each family of actions, then its actions; in words. */
  public List<Option> getActionOptions() {
    List<Option> options = new ArrayList<>();
    for (String group : AuditActions.groups()) {
      options.add(
          new Option(
              group + ".",
              Pages.text(
                  "audit.filter.group", Map.of("group", Pages.text("audit.group." + group)))));
      AuditActions.ALL.stream()
          .filter(a -> AuditActions.group(a).equals(group))
          .forEach(a -> options.add(new Option(a, Pages.text("audit.action." + a))));
    }
    return options;
  }

  public List<Option> getTargetTypeOptions() {
    List<Option> options = new ArrayList<>();
    AuditActions.TARGET_TYPES.forEach(
        t -> options.add(new Option(t, Pages.text("audit.targetType." + t))));
    return options;
  }

  /** A choice of a filter: the code it sends and the words it shows. */
  public record Option(String value, String label) {}

  /** The CSV download with the same filter (a servlet, since pages sign in by session). */
  public String getCsvUrl() {
    return "/admin/audit-log.csv?"
        + filter.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
