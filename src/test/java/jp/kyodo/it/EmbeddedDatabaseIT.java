package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import jp.kyodo.dev.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL's two modes as docs/operations.md states them: data that is kept (./kyodo
 * run's .devdb/, the benchmark) is durable; the tests' throw-away database is fast and gone when it
 * stops.
 */
class EmbeddedDatabaseIT {

  @Test
  void keptDataIsWrittenDurably() throws Exception {
    Path dir = Path.of("target", "embedded-db-it", UUID.randomUUID().toString());
    try {
      try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
        assertEquals(EmbeddedDatabase.Mode.DURABLE, db.mode());
        assertSetting(db, "fsync", "on");
        assertSetting(db, "synchronous_commit", "on");
        assertSetting(db, "full_page_writes", "on");
      }
      assertTrue(Files.exists(dir.resolve("PG_VERSION")), "the data is kept");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void theTestsThrowAwayDatabaseIsFastAndDeletedWhenItStops() throws Exception {
    Path dir;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null)) {
      dir = db.dataDirectory();
      assertEquals(EmbeddedDatabase.Mode.THROW_AWAY, db.mode());
      assertSetting(db, "fsync", "off");
      assertSetting(db, "synchronous_commit", "off");
      assertSetting(db, "full_page_writes", "off");
    }
    assertFalse(Files.exists(dir), "deleted: " + dir);
  }

  private static void assertSetting(EmbeddedDatabase db, String name, String expected)
      throws SQLException {
    try (Connection c = db.postgresDatabase().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("show " + name)) {
      rs.next();
      assertEquals(expected, rs.getString(1), name);
    }
  }
}
