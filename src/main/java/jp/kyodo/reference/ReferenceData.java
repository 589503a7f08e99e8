package jp.kyodo.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seeded vocabularies (areas and districts, age bands, relations to the ward, languages) and
 * the current versions of the terms and privacy notice. Loaded once: they change only by migration.
 */
@ApplicationScoped
public class ReferenceData {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  private volatile Snapshot snapshot;

  /** A code with its Japanese and English label. */
  public record Choice(String code, String labelJa, String labelEn) {
    public String label(Locale locale) {
      return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
  }

  public record District(String code, String areaCode, String nameJa, String nameEn) {
    public String label(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
  }

  public record Snapshot(
      List<Choice> areas,
      List<District> districts,
      List<Choice> ageBands,
      List<Choice> relations,
      List<Choice> languages,
      String termsVersion,
      String privacyVersion) {}

  public Snapshot get() {
    Snapshot s = snapshot;
    if (s == null) {
      s = load();
      snapshot = s;
    }
    return s;
  }

  public Optional<District> district(String code) {
    return get().districts().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public boolean isArea(String code) {
    return contains(get().areas(), code);
  }

  public boolean isAgeBand(String code) {
    return contains(get().ageBands(), code);
  }

  public boolean isRelation(String code) {
    return contains(get().relations(), code);
  }

  public boolean isLanguage(String code) {
    return contains(get().languages(), code);
  }

  private static boolean contains(List<Choice> choices, String code) {
    return choices.stream().anyMatch(c -> c.code().equals(code));
  }

  private Snapshot load() {
    return new Snapshot(
        choices("select code, name_ja, name_en from area order by sort_order"),
        rows(
            "select code, area_code, name_ja, name_en from district order by sort_order",
            r -> new District((String) r[0], (String) r[1], (String) r[2], (String) r[3])),
        choices("select code, label_ja, label_en from age_band order by sort_order"),
        choices("select code, label_ja, label_en from ward_relation order by sort_order"),
        choices("select code, label_ja, label_en from preferred_language order by sort_order"),
        currentVersion("terms"),
        currentVersion("privacy"));
  }

  private List<Choice> choices(String sql) {
    return rows(sql, r -> new Choice((String) r[0], (String) r[1], (String) r[2]));
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> rows(String sql, Function<Object[], T> mapper) {
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    return rows.stream().map(mapper).toList();
  }

  private String currentVersion(String kind) {
    return (String)
        em.createNativeQuery(
                "select version from policy_document where kind = ?1 and published_at <= now()"
                    + " order by published_at desc limit 1")
            .setParameter(1, kind)
            .getSingleResult();
  }
}
