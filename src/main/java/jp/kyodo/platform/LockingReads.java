package jp.kyodo.platform;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * EclipseLink reads through a connection of its own, outside the JTA transaction, until the
 * transaction's first write. A read that must hold what it takes until commit — {@code FOR UPDATE
 * [SKIP LOCKED]}, {@code pg_advisory_xact_lock}, {@code set_config(…, true)} — has to run on the
 * transaction's connection, or its lock ends with the statement. Call this first.
 */
public final class LockingReads {
  private LockingReads() {}

  public static void onTransactionConnection(EntityManager em) {
    em.unwrap(UnitOfWork.class).beginEarlyTransaction();
  }
}
