package jp.kyodo.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.kyodo.platform.CleanText;

/** What callers send to the account use cases, from the REST API and the pages alike. */
public final class AccountRequests {
  public static final int EMAIL_MAX = 254;
  public static final int DISPLAY_NAME_MAX = 30;
  public static final int CODE_MAX = 32;

  private AccountRequests() {}

  /** Registration: e-mail, password, display name, optional profile, accepted documents. */
  public record Registration(
      @NotBlank @CleanText(max = EMAIL_MAX) String email,
      String password,
      @NotBlank @CleanText(max = DISPLAY_NAME_MAX) String displayName,
      @CleanText(max = CODE_MAX) String ageBand,
      @CleanText(max = CODE_MAX) String areaCode,
      @CleanText(max = CODE_MAX) String districtCode,
      @CleanText(max = CODE_MAX) String relation,
      @CleanText(max = CODE_MAX) String preferredLanguage,
      @NotBlank(message = "{validation.terms.required}") @CleanText(max = CODE_MAX)
          String acceptedTermsVersion,
      @NotBlank(message = "{validation.privacy.required}") @CleanText(max = CODE_MAX)
          String acceptedPrivacyVersion)
      implements ProfileRules.ProfileAnswers {}

  /** The editable part of one's own account; {@code version} guards against stale edits. */
  public record ProfileUpdate(
      @NotBlank @CleanText(max = DISPLAY_NAME_MAX) String displayName,
      @CleanText(max = CODE_MAX) String ageBand,
      @CleanText(max = CODE_MAX) String areaCode,
      @CleanText(max = CODE_MAX) String districtCode,
      @CleanText(max = CODE_MAX) String relation,
      @CleanText(max = CODE_MAX) String preferredLanguage,
      Long version)
      implements ProfileRules.ProfileAnswers {}

  public record Credentials(
      @NotBlank @CleanText(max = EMAIL_MAX) String email, @NotNull String password) {}

  public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {}

  public record EmailAddress(@NotBlank @CleanText(max = EMAIL_MAX) String email) {}

  public record MailedToken(@NotBlank @CleanText(max = 200) String token) {}

  public record PasswordReset(
      @NotBlank @CleanText(max = 200) String token, @NotNull String newPassword) {}

  public record Withdrawal(@NotNull String password) {}

  public record RoleAssignment(
      @NotNull @Size(max = 3) List<String> roles, @NotBlank @CleanText(max = 500) String reason) {}
}
