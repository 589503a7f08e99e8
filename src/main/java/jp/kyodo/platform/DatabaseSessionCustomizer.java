package jp.kyodo.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection (three times, with pauses between):
 * with PostgreSQL down that held every request about 10 s before its 500. A failure is reported at
 * once instead; {@link DatabaseAvailability} decides what happens next.
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
