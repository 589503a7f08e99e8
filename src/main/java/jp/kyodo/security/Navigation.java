package jp.kyodo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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
