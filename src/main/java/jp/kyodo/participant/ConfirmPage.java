package jp.kyodo.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * confirm.xhtml?token=…: confirming takes a button press (a POST), so that mail scanners which
 * prefetch links cannot use up the single-use token.
 */
@Named
@ViewScoped
public class ConfirmPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistrationService registration;

  private String token;
  private boolean confirmed;

  public void confirm() {
    try {
      registration.confirm(new AccountRequests.MailedToken(token));
      confirmed = true;
    } catch (KyodoException e) {
      Pages.show("confirmForm", e);
    }
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
