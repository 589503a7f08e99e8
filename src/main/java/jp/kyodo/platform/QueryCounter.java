package jp.kyodo.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, so that tests can prove a page
 * costs a constant number of queries. Registered in persistence.xml; read by {@link
 * QueryCountFilter} when diagnostics are switched on.
 */
public class QueryCounter extends SessionEventAdapter {
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public void postExecuteCall(SessionEvent event) {
    COUNT.get()[0]++;
  }

  public static void reset() {
    COUNT.get()[0] = 0;
  }

  public static int current() {
    return COUNT.get()[0];
  }
}
