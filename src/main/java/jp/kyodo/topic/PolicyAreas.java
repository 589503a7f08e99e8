package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.InputValidator;
import jp.kyodo.platform.Required;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.Text;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** The administrator-managed list of policy areas (子ども・若者, 環境 …) that topics belong to. */
@ApplicationScoped
public class PolicyAreas {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject InputValidator validator;
  @Inject AuditLog auditLog;

  private volatile List<PolicyArea> cache;

  /** One policy area. */
  public record PolicyArea(
      String code, int sortOrder, String nameJa, String nameEn, boolean active) {
    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
  }

  /** An administrator's change to a policy area. */
  public record Change(
      @Required @CleanText(max = 40) String nameJa,
      @Required @CleanText(max = 80) String nameEn,
      @Required Integer sortOrder,
      @Required Boolean active) {}

  public List<PolicyArea> all() {
    List<PolicyArea> areas = cache;
    if (areas == null) {
      areas = load();
      cache = areas;
    }
    return areas;
  }

  public List<PolicyArea> active() {
    return all().stream().filter(PolicyArea::active).toList();
  }

  public Optional<PolicyArea> find(String code) {
    return all().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** A saved policy area, and whether the save created it. */
  public record Saved(PolicyArea area, boolean created) {}

  /**
   * Creates or replaces the area with the code (PUT to a code of one's choosing). A code that no
   * area could have — not lower-case words of letters and digits joined by hyphens, 2 to 32
   * characters — names nothing: 404, and nothing is created.
   */
  @Transactional
  public Saved save(String code, Change change) {
    Actor actor = currentActor.get();
    policy.require(policy.canManagePolicyAreas(actor), actor);
    if (!isCode(code)) {
      throw new ResourceNotFoundException("policy_area");
    }
    validator.check(change);
    boolean exists =
        !em.createNativeQuery("select 1 from policy_area where code = ?1")
            .setParameter(1, code)
            .getResultList()
            .isEmpty();
    em.createNativeQuery(
            "insert into policy_area (code, sort_order, name_ja, name_en, active)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (code) do update set"
                + " sort_order = excluded.sort_order, name_ja = excluded.name_ja,"
                + " name_en = excluded.name_en, active = excluded.active")
        .setParameter(1, code)
        .setParameter(2, change.sortOrder())
        .setParameter(3, Text.normalize(change.nameJa()))
        .setParameter(4, Text.normalize(change.nameEn()))
        .setParameter(5, change.active())
        .executeUpdate();
    auditLog.record(actor, "policy-area.saved", "policy_area", code, null, change.nameJa());
    cache = null;
    return new Saved(find(code).orElseThrow(), !exists);
  }

  static boolean isCode(String code) {
    return code != null
        && code.length() >= 2
        && code.length() <= 32
        && code.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  @SuppressWarnings("unchecked")
  private List<PolicyArea> load() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select code, sort_order, name_ja, name_en, active from policy_area"
                    + " order by sort_order, code")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PolicyArea(
                    (String) r[0],
                    ((Number) r[1]).intValue(),
                    (String) r[2],
                    (String) r[3],
                    (Boolean) r[4]))
        .toList();
  }
}
