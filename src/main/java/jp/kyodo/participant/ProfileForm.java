package jp.kyodo.participant;

import java.io.Serializable;

/** The optional profile questions as a page form holds them (register and profile pages). */
public class ProfileForm implements Serializable, ProfileRules.ProfileAnswers {
  private static final long serialVersionUID = 1L;

  private String ageBand;
  private String areaCode;
  private String districtCode;
  private String relation;
  private String preferredLanguage;

  static ProfileForm of(AccountView account) {
    ProfileForm form = new ProfileForm();
    form.ageBand = account.ageBand();
    form.areaCode = account.areaCode();
    form.districtCode = account.districtCode();
    form.relation = account.relation();
    form.preferredLanguage = account.preferredLanguage();
    return form;
  }

  @Override
  public String ageBand() {
    return ageBand;
  }

  @Override
  public String areaCode() {
    return areaCode;
  }

  @Override
  public String districtCode() {
    return districtCode;
  }

  @Override
  public String relation() {
    return relation;
  }

  @Override
  public String preferredLanguage() {
    return preferredLanguage;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }
}
