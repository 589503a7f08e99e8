package jp.kyodo.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import jp.kyodo.document.DocumentKind;
import jp.kyodo.document.PolicyDocuments;

/**
 * The seeded vocabularies (areas and districts, age bands, relations to the ward, languages) and
 * the versions of the terms and privacy notice in force. The vocabularies are loaded once (they
 * change only by migration); the versions come from {@link PolicyDocuments}, as administrators
 * publish them.
 */
@ApplicationScoped
public class ReferenceData {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject PolicyDocuments documents;

  private volatile Snapshot vocabularies;

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
    Snapshot s = vocabularies();
    return new Snapshot(
        s.areas(),
        s.districts(),
        s.ageBands(),
        s.relations(),
        s.languages(),
        documents.inForce(DocumentKind.TERMS).version(),
        documents.inForce(DocumentKind.PRIVACY).version());
  }

  private Snapshot vocabularies() {
    Snapshot s = vocabularies;
    if (s == null) {
      s = load();
      vocabularies = s;
    }
    return s;
  }

  public Optional<District> district(String code) {
    return vocabularies().districts().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public boolean isArea(String code) {
    return contains(vocabularies().areas(), code);
  }

  public boolean isAgeBand(String code) {
    return contains(vocabularies().ageBands(), code);
  }

  public boolean isRelation(String code) {
    return contains(vocabularies().relations(), code);
  }

  public boolean isLanguage(String code) {
    return contains(vocabularies().languages(), code);
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
        null,
        null);
  }

  private List<Choice> choices(String sql) {
    return rows(sql, r -> new Choice((String) r[0], (String) r[1], (String) r[2]));
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> rows(String sql, Function<Object[], T> mapper) {
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    return rows.stream().map(mapper).toList();
  }
}
