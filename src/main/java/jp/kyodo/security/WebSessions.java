package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts and ends signed-in web sessions; the authentication filter reads them back. */
@ApplicationScoped
public class WebSessions {
  static final String PARTICIPANT_ATTRIBUTE = "kyodo.participantId";

  @Inject
  @ConfigProperty(name = "kyodo.session.idle-timeout", defaultValue = "PT30M")
  Duration idleTimeout;

  /** A fresh session id at sign-in, so that a planted session cannot be taken over. */
  public void signIn(HttpServletRequest request, long participantId) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(PARTICIPANT_ATTRIBUTE, participantId);
    session.setMaxInactiveInterval((int) idleTimeout.toSeconds());
  }

  public void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  static Long participantOf(HttpSession session) {
    return session != null && session.getAttribute(PARTICIPANT_ATTRIBUTE) instanceof Long id
        ? id
        : null;
  }
}
