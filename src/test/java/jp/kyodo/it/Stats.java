package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

/** Statistics helpers: participants with a profile, dashboard reads, counts straight from SQL. */
final class Stats {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private Stats() {}

  static LocalDate today() {
    return LocalDate.now(TOKYO);
  }

  /** Registered with the given district (and so its area), then confirmed; no token. */
  static Accounts.Participant registrant(String prefix, String districtCode, String ageBand) {
    String email = Accounts.uniqueEmail(prefix);
    long id = registered(email, districtCode, ageBand);
    confirm(email);
    return new Accounts.Participant(id, email, null);
  }

  /** A registrant with a bearer token. */
  static Accounts.Participant signedIn(String prefix, String districtCode, String ageBand) {
    Accounts.Participant p = registrant(prefix, districtCode, ageBand);
    return new Accounts.Participant(
        p.id(), p.email(), Accounts.signIn(p.email(), Accounts.PASSWORD));
  }

  /** Noon of the day in Tokyo. */
  static java.time.OffsetDateTime noon(LocalDate day) {
    return day.atTime(12, 0).atZone(TOKYO).toOffsetDateTime();
  }

  /** The start of the day after, in Tokyo: "the end of the day". */
  static java.time.OffsetDateTime endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(TOKYO).toOffsetDateTime();
  }

  /** Registered, not confirmed: not a registrant yet. */
  static long registered(String email, String districtCode, String ageBand) {
    Api.Reply created =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                email,
                "password",
                Accounts.PASSWORD,
                "displayName",
                Accounts.uniqueName("統計テスト"),
                "districtCode",
                districtCode,
                "ageBand",
                ageBand,
                "acceptedTermsVersion",
                Accounts.TERMS,
                "acceptedPrivacyVersion",
                Accounts.TERMS),
            null);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  static void confirm(String email) {
    Api.Reply confirmed =
        Api.post(
            "/api/v1/auth/email-confirmation",
            Api.json("token", Accounts.mailedToken(email, "確認")),
            null);
    assertEquals(204, confirmed.status(), confirmed.body());
  }

  static JsonObject dashboard(String query) {
    Api.Reply reply = Api.get("/api/v1/stats/dashboard" + query, Accounts.admin());
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  static JsonObject table(JsonObject dashboard, String id) {
    return dashboard.getJsonArray("tables").stream()
        .map(v -> v.asJsonObject())
        .filter(t -> t.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + id));
  }

  /** The cell of a row (by code) in a column (by key). */
  static JsonObject cell(JsonObject table, String rowCode, String columnKey) {
    int index = -1;
    var columns = table.getJsonArray("columns");
    for (int i = 0; i < columns.size(); i++) {
      if (columns.getJsonObject(i).getString("key").equals(columnKey)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new AssertionError("no column " + columnKey);
    }
    int column = index;
    return table.getJsonArray("rows").stream()
        .map(v -> v.asJsonObject())
        .filter(r -> r.getString("code").equals(rowCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + rowCode))
        .getJsonArray("cells")
        .getJsonObject(column);
  }

  static long count(String sql, Object... params) throws SQLException {
    try (Connection db = KyodoServer.database();
        PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static int update(String sql, Object... params) throws SQLException {
    try (Connection db = KyodoServer.database();
        PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }

  /** Registrants by the definition, straight from the table. */
  static long registrantsInDatabase() throws SQLException {
    return count(
        "select count(*) from participant where email_confirmed_at is not null"
            + " and withdrawn_at is null");
  }
}
