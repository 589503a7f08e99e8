package jp.kyodo.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The optional profile. Every field may be null, which means 回答しない (prefer not to say); it is used
 * only for aggregate participation statistics, as the registration form states.
 */
@Embeddable
public class Profile {
  @Column(name = "age_band")
  private String ageBand;

  @Column(name = "area_code")
  private String areaCode;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "relation")
  private String relation;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  protected Profile() {}

  public Profile(
      String ageBand,
      String areaCode,
      String districtCode,
      String relation,
      String preferredLanguage) {
    this.ageBand = ageBand;
    this.areaCode = areaCode;
    this.districtCode = districtCode;
    this.relation = relation;
    this.preferredLanguage = preferredLanguage;
  }

  public static Profile unanswered() {
    return new Profile(null, null, null, null, null);
  }

  public String ageBand() {
    return ageBand;
  }

  public String areaCode() {
    return areaCode;
  }

  public String districtCode() {
    return districtCode;
  }

  public String relation() {
    return relation;
  }

  public String preferredLanguage() {
    return preferredLanguage;
  }
}
