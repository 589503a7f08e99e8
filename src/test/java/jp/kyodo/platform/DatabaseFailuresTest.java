package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import jp.kyodo.platform.DatabaseFailures.Kind;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  private static SQLException postgres(String message, String state) {
    return new SQLException(message, state);
  }

  @Test
  void aBrokenConnectionWrappedByTheContainerIsUnreachable() {
    SQLException io = postgres("An I/O error occurred while sending to the backend.", "08006");
    Throwable wrapped =
        new EJBException(new PersistenceException(DatabaseException.sqlException(io)));
    assertEquals(Kind.UNREACHABLE, DatabaseFailures.classify(wrapped));
    assertEquals(
        Kind.UNREACHABLE,
        DatabaseFailures.classify(new TransactionalException("rolled back", wrapped)));
  }

  @Test
  void aDatabaseShuttingDownIsUnreachable() {
    SQLException shutdown =
        postgres("FATAL: terminating connection due to administrator command", "57P01");
    assertEquals(
        Kind.UNREACHABLE, DatabaseFailures.classify(new PersistenceException("x", shutdown)));
  }

  @Test
  void aRefusedNewConnectionBehindThePoolIsUnreachable() {
    SQLException refused = postgres("Connection to 127.0.0.1:5432 refused.", "08001");
    refused.initCause(new ConnectException("Connection refused"));
    ResourceAllocationException pool = new ResourceAllocationException("could not create");
    pool.initCause(refused);
    SQLException allocation = new SQLException("Error in allocating a connection.", null, pool);
    assertEquals(Kind.UNREACHABLE, DatabaseFailures.classify(allocation));
  }

  @Test
  void anExhaustedPoolIsBusyNotDown() {
    ResourceAllocationException exhausted =
        new ResourceAllocationException("In-use connections equal max-pool-size");
    SQLException allocation =
        new SQLException("Error in allocating a connection.", null, exhausted);
    assertEquals(Kind.BUSY, DatabaseFailures.classify(new PersistenceException("x", allocation)));
    assertEquals(
        Kind.BUSY, DatabaseFailures.classify(postgres("sorry, too many clients already", "53300")));
  }

  @Test
  void aCommitThatFailedOnALostConnectionIsUnreachable() {
    RollbackException rollback = new RollbackException("commit failed");
    rollback.initCause(postgres("This connection has been closed.", "08003"));
    assertEquals(Kind.UNREACHABLE, DatabaseFailures.classify(new EJBException(rollback)));
  }

  @Test
  void ordinaryFailuresAreNotAboutAvailability() {
    assertEquals(
        Kind.NONE,
        DatabaseFailures.classify(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
    assertEquals(Kind.NONE, DatabaseFailures.classify(new IllegalStateException("a bug")));
    assertEquals(Kind.NONE, DatabaseFailures.classify(null));
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertEquals(Kind.NONE, DatabaseFailures.classify(a));
  }
}
