package jp.kyodo.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jp.kyodo.notification.Visibility;
import jp.kyodo.platform.DataSourceConfig;
import jp.kyodo.platform.MarkdownRenderer;

/**
 * Reads what search may show from the database, under the one visibility rule ({@link Visibility}):
 * the documents an outbox row names, and every document for a rebuild. Plain JDBC on the
 * application's pool, outside any transaction of a request: it runs on the tailer's thread.
 */
@ApplicationScoped
public class PublicDocuments {
  private static final String COMMENT_COLUMNS =
      "select c.id, c.topic_id, c.body, c.created_at, t.status, t.policy_area, t.scope_area,"
          + " t.scope_district from comment c join topic t on t.id = c.topic_id where ";

  private static final String TOPIC_COLUMNS =
      "select t.id, t.title, t.body_markdown, coalesce(t.published_at, t.created_at), t.status,"
          + " t.policy_area, t.scope_area, t.scope_district, (select r.body_markdown from"
          + " official_response r where r.topic_id = t.id order by r.id desc limit 1)"
          + " from topic t where ";

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  /** One row of the outbox. */
  public record OutboxRow(long seq, String kind, long targetId) {}

  /** The id of this database's outbox (see V16). */
  public String database() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select id from search_instance")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Rows after the position (and the gaps it still waits for), oldest first, at most {@code limit};
   * also the outbox's newest sequence number and its oldest (to tell how far behind the index is,
   * and whether rows it needs were pruned).
   */
  public record Backlog(List<OutboxRow> rows, long newest, long oldest) {}

  public Backlog backlog(OutboxPosition position, int limit) throws SQLException {
    List<OutboxRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "select seq, kind, target_id from search_outbox where seq > ?"
                  + " or seq = any(?) order by seq limit ?")) {
        ps.setLong(1, position.seq());
        ps.setArray(2, c.createArrayOf("bigint", position.gaps().keySet().toArray()));
        ps.setInt(3, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getLong(3)));
          }
        }
      }
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select coalesce(max(seq), 0), coalesce(min(seq), 0) from search_outbox")) {
        rs.next();
        return new Backlog(rows, rs.getLong(1), rs.getLong(2));
      }
    }
  }

  /** The public comments among these ids (the others are gone from public view). */
  public List<SearchDocument> comments(Collection<Long> ids) throws SQLException {
    return query(
        COMMENT_COLUMNS + "c.id = any(?) and " + Visibility.publicComment("c", "t"),
        ids,
        PublicDocuments::comment);
  }

  /** Public topics among these ids, with their public comments. */
  public List<SearchDocument> topicsWithComments(Collection<Long> ids) throws SQLException {
    List<SearchDocument> out =
        query(
            TOPIC_COLUMNS + "t.id = any(?) and " + Visibility.publicTopic("t"),
            ids,
            PublicDocuments::topic);
    out.addAll(
        query(
            COMMENT_COLUMNS + "c.topic_id = any(?) and " + Visibility.publicComment("c", "t"),
            ids,
            PublicDocuments::comment));
    return out;
  }

  /**
   * Where a rebuild starts: the outbox's newest sequence number, and the numbers it lacks below.
   */
  public record Snapshot(long seq, List<Long> missing) {}

  /**
   * Every public document, streamed in one repeatable-read transaction: the outbox position read
   * first in it is exactly what the documents reflect; rows committed later are replayed after.
   */
  public void everything(Consumer<Snapshot> start, Consumer<SearchDocument> sink)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        long seq;
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("select coalesce(max(seq), 0) from search_outbox")) {
          rs.next();
          seq = rs.getLong(1);
        }
        List<Long> missing = new ArrayList<>();
        try (PreparedStatement ps =
            c.prepareStatement(
                "select g from generate_series(greatest(1, ? - 10000), ?) g where not exists"
                    + " (select 1 from search_outbox o where o.seq = g)")) {
          ps.setLong(1, seq);
          ps.setLong(2, seq);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              missing.add(rs.getLong(1));
            }
          }
        }
        start.accept(new Snapshot(seq, missing));
        stream(c, TOPIC_COLUMNS + Visibility.publicTopic("t"), PublicDocuments::topic, sink);
        stream(
            c,
            COMMENT_COLUMNS + Visibility.publicComment("c", "t") + " order by c.id",
            PublicDocuments::comment,
            sink);
      } finally {
        // the connection goes back to the pool: as it came (a request on a repeatable-read
        // connection met "could not serialize access" where read committed waits)
        c.rollback();
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(true);
      }
    }
  }

  /** About how many documents a rebuild will write (the planner's estimate: no full count). */
  public long estimatedCount() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select coalesce(sum(greatest(reltuples, 0)), 0)::bigint from pg_class"
                    + " where relname in ('comment', 'topic') and relkind = 'r'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Removes rows older than the retention, always keeping the newest. */
  public int prune(java.time.Duration retention) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "delete from search_outbox where created_at < now() - ? * interval '1 second'"
                    + " and seq < (select max(seq) from search_outbox)")) {
      ps.setLong(1, retention.toSeconds());
      return ps.executeUpdate();
    }
  }

  private interface RowReader {
    SearchDocument read(ResultSet rs) throws SQLException;
  }

  private List<SearchDocument> query(String sql, Collection<Long> ids, RowReader reader)
      throws SQLException {
    List<SearchDocument> out = new ArrayList<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      Array array = c.createArrayOf("bigint", ids.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    }
    return out;
  }

  private static void stream(
      Connection c, String sql, RowReader reader, Consumer<SearchDocument> sink)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(2000); // a cursor: the 500,000 comments are never all in memory
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(reader.read(rs));
        }
      }
    }
  }

  private static SearchDocument comment(ResultSet rs) throws SQLException {
    return new SearchDocument(
        SearchDocument.Kind.COMMENT,
        rs.getLong(1),
        rs.getLong(2),
        null,
        rs.getString(3),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        instant(rs.getTimestamp(4)));
  }

  private static SearchDocument topic(ResultSet rs) throws SQLException {
    String answer = rs.getString(9);
    String text =
        MarkdownRenderer.toPlainText(rs.getString(3))
            + (answer == null ? "" : "\n" + MarkdownRenderer.toPlainText(answer));
    return new SearchDocument(
        SearchDocument.Kind.TOPIC,
        rs.getLong(1),
        rs.getLong(1),
        rs.getString(2),
        text,
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        instant(rs.getTimestamp(4)));
  }

  private static java.time.Instant instant(Timestamp t) {
    return t.toInstant();
  }
}
