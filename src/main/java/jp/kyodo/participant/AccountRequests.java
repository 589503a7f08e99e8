package jp.kyodo.participant;

import java.util.List;
import jp.kyodo.idempotency.Secret;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.Required;

/** What callers send to the account use cases, from the REST API and the pages alike. */
public final class AccountRequests {
  public static final int EMAIL_MAX = 254;
  public static final int DISPLAY_NAME_MAX = 30;
  public static final int CODE_MAX = 32;

  private AccountRequests() {}

  /**
   * Registration: e-mail, password, display name, optional profile, accepted documents, and
   * optionally the policy areas whose new topics to hear of (their own district is watched anyway).
   */
  public record Registration(
      @Required @CleanText(max = EMAIL_MAX) String email,
      @Secret String password,
      @Required @CleanText(max = DISPLAY_NAME_MAX) String displayName,
      @CleanText(max = CODE_MAX) String ageBand,
      @CleanText(max = CODE_MAX) String areaCode,
      @CleanText(max = CODE_MAX) String districtCode,
      @CleanText(max = CODE_MAX) String relation,
      @CleanText(max = CODE_MAX) String preferredLanguage,
      @Required(message = "{validation.terms.required}") @CleanText(max = CODE_MAX)
          String acceptedTermsVersion,
      @Required(message = "{validation.privacy.required}") @CleanText(max = CODE_MAX)
          String acceptedPrivacyVersion,
      List<String> watchPolicyAreas)
      implements ProfileRules.ProfileAnswers {}

  /** The editable part of one's own account; {@code version} guards against stale edits. */
  public record ProfileUpdate(
      @Required @CleanText(max = DISPLAY_NAME_MAX) String displayName,
      @CleanText(max = CODE_MAX) String ageBand,
      @CleanText(max = CODE_MAX) String areaCode,
      @CleanText(max = CODE_MAX) String districtCode,
      @CleanText(max = CODE_MAX) String relation,
      @CleanText(max = CODE_MAX) String preferredLanguage,
      Long version)
      implements ProfileRules.ProfileAnswers {}

  public record Credentials(
      @Required @CleanText(max = EMAIL_MAX) String email, @Required String password) {}

  public record PasswordChange(@Required String currentPassword, @Required String newPassword) {}

  public record EmailAddress(@Required @CleanText(max = EMAIL_MAX) String email) {}

  public record MailedToken(@Required @CleanText(max = 200) String token) {}

  public record PasswordReset(
      @Required @CleanText(max = 200) String token, @Required String newPassword) {}

  public record Withdrawal(@Required String password) {}

  public record RoleAssignment(
      @Required List<String> roles, @Required @CleanText(max = 500) String reason) {}
}
