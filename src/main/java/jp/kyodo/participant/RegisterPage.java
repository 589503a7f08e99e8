package jp.kyodo.participant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kyodo.notification.WatchChoices;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.reference.ReferenceData;

/** register.xhtml: the registration form, then "check your mail". */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistrationService registration;
  @Inject transient ReferenceData reference;
  @Inject transient WatchChoices watchChoices;

  private String email;
  private String password;
  private String displayName;
  private final ProfileForm profile = new ProfileForm();
  private boolean acceptTerms;
  private boolean acceptPrivacy;
  private String registeredEmail;
  private List<WatchChoices.Choice> watchPolicyAreas;

  @PostConstruct
  void load() {
    watchPolicyAreas = watchChoices.policyAreas(Pages.locale(), List.of());
  }

  public void register() {
    ReferenceData.Snapshot current = reference.get();
    try {
      AccountView created =
          registration.register(
              new AccountRequests.Registration(
                  email,
                  password,
                  displayName,
                  profile.ageBand(),
                  profile.areaCode(),
                  profile.districtCode(),
                  profile.relation(),
                  profile.preferredLanguage(),
                  acceptTerms ? current.termsVersion() : null,
                  acceptPrivacy ? current.privacyVersion() : null,
                  WatchChoices.chosen(watchPolicyAreas)));
      registeredEmail = created.email();
      password = null;
    } catch (KyodoException e) {
      Pages.show("registerForm", e);
    }
  }

  public void resend() {
    registration.resendConfirmation(new AccountRequests.EmailAddress(registeredEmail));
    Pages.info("register.resent");
  }

  public boolean isDone() {
    return registeredEmail != null;
  }

  public String getDoneMessage() {
    return Pages.text("register.done.body", Map.of("email", registeredEmail));
  }

  /** The policy areas offered to watch, each a checkbox. */
  public List<WatchChoices.Choice> getWatchPolicyAreas() {
    return watchPolicyAreas;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public ProfileForm getProfile() {
    return profile;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isAcceptTerms() {
    return acceptTerms;
  }

  public void setAcceptTerms(boolean acceptTerms) {
    this.acceptTerms = acceptTerms;
  }

  public boolean isAcceptPrivacy() {
    return acceptPrivacy;
  }

  public void setAcceptPrivacy(boolean acceptPrivacy) {
    this.acceptPrivacy = acceptPrivacy;
  }
}
