package jp.kyodo.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/** password-reset.xhtml: ask for a reset mail, or (with ?token=) set the new password. */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PasswordResetService passwordReset;

  private String token;
  private String email;
  private String newPassword;
  private boolean requested;

  public void requestReset() {
    try {
      passwordReset.requestReset(new AccountRequests.EmailAddress(email));
      requested = true;
    } catch (KyodoException e) {
      Pages.show("requestForm", e);
    }
  }

  public void reset() {
    try {
      passwordReset.reset(new AccountRequests.PasswordReset(token, newPassword));
      Pages.info("reset.done");
      Pages.keepMessages();
      Pages.redirect("/login.xhtml");
    } catch (KyodoException e) {
      newPassword = null;
      Pages.show("resetForm", e);
    }
  }

  public boolean isWithToken() {
    return token != null && !token.isBlank();
  }

  public boolean isRequested() {
    return requested;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
