package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.Text;
import jp.kyodo.reference.ReferenceData;

/**
 * Turns the optional profile answers into a {@link Profile}: every code must exist in the seeded
 * vocabularies, empty means 回答しない, and a district implies its area.
 */
@ApplicationScoped
public class ProfileRules {
  @Inject ReferenceData reference;

  public Profile toProfile(ProfileAnswers answers, List<FieldError> errors) {
    String ageBand = code(answers.ageBand(), "ageBand", reference::isAgeBand, errors);
    String area = code(answers.areaCode(), "areaCode", reference::isArea, errors);
    String relation = code(answers.relation(), "relation", reference::isRelation, errors);
    String language =
        code(answers.preferredLanguage(), "preferredLanguage", reference::isLanguage, errors);
    String districtCode = Text.normalizeOptional(answers.districtCode());
    if (districtCode != null && errors.stream().noneMatch(e -> e.field().equals("districtCode"))) {
      var district = reference.district(districtCode);
      if (district.isEmpty()) {
        errors.add(new FieldError("districtCode", "validation.code.unknown", Map.of()));
      } else if (area != null && !area.equals(district.get().areaCode())) {
        errors.add(new FieldError("districtCode", "validation.district.notInArea", Map.of()));
      } else {
        area = district.get().areaCode();
      }
    }
    return new Profile(ageBand, area, districtCode, relation, language);
  }

  public Profile require(ProfileAnswers answers) {
    List<FieldError> errors = new ArrayList<>();
    Profile profile = toProfile(answers, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return profile;
  }

  private static String code(
      String raw, String field, Predicate<String> known, List<FieldError> errors) {
    String code = Text.normalizeOptional(raw);
    if (errors.stream().anyMatch(e -> e.field().equals(field))) {
      return null;
    }
    if (code != null && !known.test(code)) {
      errors.add(new FieldError(field, "validation.code.unknown", Map.of()));
      return null;
    }
    return code;
  }

  /** The profile questions as a participant answered them. */
  public interface ProfileAnswers {
    String ageBand();

    String areaCode();

    String districtCode();

    String relation();

    String preferredLanguage();
  }
}
