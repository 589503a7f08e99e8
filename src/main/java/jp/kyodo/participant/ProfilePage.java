package jp.kyodo.participant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.WebSessions;

/** profile.xhtml: my account, profile editing, password change, data download, withdrawal. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient WebSessions sessions;
  @Inject transient HttpServletRequest request;

  private AccountView account;
  private String displayName;
  private ProfileForm profile;
  private String currentPassword;
  private String newPassword;
  private String withdrawalPassword;

  @PostConstruct
  void load() {
    show(accounts.view(accounts.requireSignedIn()));
  }

  private void show(AccountView view) {
    account = view;
    displayName = view.displayName();
    profile = ProfileForm.of(view);
  }

  public void save() {
    try {
      show(
          accounts.update(
              account.id(),
              new AccountRequests.ProfileUpdate(
                  displayName,
                  profile.ageBand(),
                  profile.areaCode(),
                  profile.districtCode(),
                  profile.relation(),
                  profile.preferredLanguage(),
                  account.version())));
      Pages.info("profile.saved");
    } catch (KyodoException e) {
      Pages.show("profileForm", e);
    }
  }

  public void changePassword() {
    try {
      accounts.changePassword(
          account.id(), new AccountRequests.PasswordChange(currentPassword, newPassword));
      Pages.info("profile.passwordChanged");
    } catch (KyodoException e) {
      Pages.show("passwordForm", e);
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  public void download() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"kyodo-my-data.json\"");
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
        OutputStream out = external.getResponseOutputStream()) {
      out.write(jsonb.toJson(accounts.export(account.id())).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    faces.responseComplete();
  }

  public void withdraw() {
    try {
      accounts.withdraw(account.id(), new AccountRequests.Withdrawal(withdrawalPassword));
      sessions.signOut(request);
      Pages.redirect("/index.xhtml?withdrawn=true");
    } catch (KyodoException e) {
      Pages.show("withdrawForm", e);
    } finally {
      withdrawalPassword = null;
    }
  }

  public AccountView getAccount() {
    return account;
  }

  public List<String> getRoleKeys() {
    return account.roles().stream().map(r -> "profile.role." + r).toList();
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

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getWithdrawalPassword() {
    return withdrawalPassword;
  }

  public void setWithdrawalPassword(String withdrawalPassword) {
    this.withdrawalPassword = withdrawalPassword;
  }
}
