package jp.kyodo.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Notifications, preferences and outgoing mail, read and written straight in the database. */
final class Mailings {
  private Mailings() {}

  static String unsubscribeKey(long participant) {
    return single(
        "select cast(unsubscribe_key as text) from participant where id = ?", participant);
  }

  /** A notification waiting for its channel, as the fan-out would write it. */
  static long notify(
      long participant,
      String kind,
      long topic,
      Long comment,
      String channel,
      String frequency,
      OffsetDateTime at) {
    try (Connection c = KyodoServer.database()) {
      long event;
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into notification_event (kind, topic_id, comment_id, occurred_at,"
                  + " fanned_out_at) values (?, ?, ?, ?, ?) returning id")) {
        s.setString(1, kind);
        s.setLong(2, topic);
        s.setObject(3, comment);
        s.setObject(4, at);
        s.setObject(5, at);
        event = first(s);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into notification (participant_id, event_id, kind, topic_id, comment_id,"
                  + " created_at, updated_at, channel, frequency) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " returning id")) {
        s.setLong(1, participant);
        s.setLong(2, event);
        s.setString(3, kind);
        s.setLong(4, topic);
        s.setObject(5, comment);
        s.setObject(6, at);
        s.setObject(7, at);
        s.setString(8, channel);
        s.setString(9, frequency);
        return first(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The participant's stored preferences: kind → "channel/frequency". */
  static Map<String, String> preferences(long participant) {
    Map<String, String> prefs = new TreeMap<>();
    for (List<String> row :
        rows(
            "select event_kind, channel, frequency from notification_preference"
                + " where participant_id = ?",
            participant)) {
      prefs.put(row.get(0), row.get(1) + "/" + row.get(2));
    }
    return prefs;
  }

  /** Subject, body and List-Unsubscribe of every mail to the address, oldest first. */
  static List<List<String>> mailsTo(String email) {
    return rows(
        "select subject, body, list_unsubscribe from outbound_mail where lower(recipient) ="
            + " lower(?) order by id",
        email);
  }

  static void execute(String sql, Object... params) {
    try (Connection c = KyodoServer.database();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String single(String sql, Object... params) {
    List<List<String>> rows = rows(sql, params);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  static List<List<String>> rows(String sql, Object... params) {
    try (Connection c = KyodoServer.database();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        List<List<String>> rows = new ArrayList<>();
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  private static long first(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
