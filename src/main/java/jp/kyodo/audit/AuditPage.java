package jp.kyodo.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

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

  private final Map<String, String> filter = new LinkedHashMap<>();
  private List<AuditLog.AuditEntryView> entries = List.of();

  @PostConstruct
  void read() {
    FILTERS.forEach(f -> filter.put(f, Pages.param(f)));
  }

  public void load() {
    try {
      entries =
          auditLog.search(
              AuditResource.filter(
                  filter.get("action"),
                  filter.get("actorId"),
                  filter.get("targetType"),
                  filter.get("targetId"),
                  filter.get("from"),
                  filter.get("to")),
              200);
    } catch (KyodoException e) {
      Pages.show("filterForm", e);
    }
  }

  public Map<String, String> getFilter() {
    return filter;
  }

  public List<AuditLog.AuditEntryView> getEntries() {
    return entries;
  }

  /** The CSV download with the same filter (a servlet, since pages sign in by session). */
  public String getCsvUrl() {
    return "/admin/audit-log.csv?"
        + filter.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
