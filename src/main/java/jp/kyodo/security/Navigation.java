package jp.kyodo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.kyodo.platform.web.Pages;

/** What the page header needs to know about the visitor, and signing out. */
@Named
@RequestScoped
public class Navigation {
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject WebSessions sessions;
  @Inject HttpServletRequest request;

  public boolean isSignedIn() {
    return currentActor.get().isAuthenticated();
  }

  public String getDisplayName() {
    return currentActor.get().displayName();
  }

  public String getWelcome() {
    return Pages.text("home.welcome", Map.of("name", getDisplayName()));
  }

  /** A new version of the terms or privacy notice waits for the signed-in participant. */
  public boolean isConsentDue() {
    return currentActor.get().mustAcceptDocuments();
  }

  /** The acceptance page, returning to this page afterwards. */
  public String getConsentLink() {
    String here = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      here += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/consent.xhtml?next="
        + URLEncoder.encode(here, StandardCharsets.UTF_8);
  }

  public boolean isStaff() {
    return policy.canManageTopics(currentActor.get());
  }

  public boolean isModerator() {
    return policy.canModerate(currentActor.get());
  }

  public boolean isAdministrator() {
    return policy.canReadOutbox(currentActor.get());
  }

  public void signOut() {
    sessions.signOut(request);
    Pages.redirect("/login.xhtml?signedOut=true");
  }
}
