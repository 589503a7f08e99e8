package jp.kyodo.platform;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Whether a failure means the database cannot serve, looking through the wrappers the container
 * adds (EJBException, TransactionalException, RollbackException, PersistenceException,
 * EclipseLink's DatabaseException, the pool's ResourceException, ServletException).
 */
public final class DatabaseFailures {
  /** What a failure says about the database. */
  public enum Kind {
    /** Not about the database being available (a constraint, a bug, bad input). */
    NONE,
    /** PostgreSQL cannot be reached or is shutting down: the database is down. */
    UNREACHABLE,
    /** PostgreSQL answers but takes no more work now (no free connection, too many clients). */
    BUSY
  }

  private static final int MAX_CAUSES = 64;

  private DatabaseFailures() {}

  /** UNREACHABLE if any cause says so, else BUSY if any cause says so, else NONE. */
  public static Kind classify(Throwable failure) {
    Kind kind = Kind.NONE;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> causes = new ArrayDeque<>();
    if (failure != null) {
      causes.add(failure);
    }
    while (!causes.isEmpty() && seen.size() < MAX_CAUSES) {
      Throwable t = causes.poll();
      if (!seen.add(t)) {
        continue;
      }
      Kind own = ownKind(t);
      if (own == Kind.UNREACHABLE) {
        return own;
      }
      if (own == Kind.BUSY) {
        kind = own;
      }
      if (t.getCause() != null) {
        causes.add(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        causes.add(sql.getNextException());
      }
    }
    return kind;
  }

  /** True for UNREACHABLE and BUSY: the answer is 503, try again later. */
  public static boolean isUnavailable(Throwable failure) {
    return classify(failure) != Kind.NONE;
  }

  private static Kind ownKind(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof ConnectException
        || t instanceof NoRouteToHostException
        || t instanceof SocketTimeoutException) {
      return Kind.UNREACHABLE;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P01-03: admin / crash shutdown, cannot connect now
      if (state.startsWith("08") || state.matches("57P0[123]")) {
        return Kind.UNREACHABLE;
      }
      // 53: insufficient resources (53300 too many connections)
      if (state.startsWith("53")) {
        return Kind.BUSY;
      }
    }
    if (t instanceof DatabaseException db && db.isCommunicationFailure()) {
      return Kind.UNREACHABLE;
    }
    if (t instanceof ResourceException) {
      return Kind.BUSY; // the pool handed out no connection in time
    }
    return Kind.NONE;
  }
}
