package jp.kyodo.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.security.WebSessions;

/**
 * login.xhtml: starts a web session; returns to the page that asked for sign-in, by way of the
 * acceptance page when a new version of the terms or privacy notice waits for the participant.
 */
@Named
@ViewScoped
public class LoginPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SignInService signIn;
  @Inject transient ConsentService consents;
  @Inject transient WebSessions sessions;
  @Inject transient HttpServletRequest request;

  private String email;
  private String password;
  private String next;

  public void signIn() {
    try {
      Participant participant = signIn.signIn(new AccountRequests.Credentials(email, password));
      sessions.signIn(request, participant.id());
      boolean mustAccept = !consents.due(participant.id()).isEmpty();
      Pages.redirect(mustAccept ? NextPage.consentThen(next) : NextPage.safe(next));
    } catch (KyodoException e) {
      password = null;
      Pages.show("loginForm", e);
    }
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

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
