package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * New versions of the terms and privacy notice for the tests, and putting things back afterwards.
 *
 * <p>A version in force applies to every participant, and the integration tests share one server: a
 * test that publishes one must call {@link #restore()} when it ends (the classes that do, do it
 * after each test), so that the other tests find 2026-04-01 in force as every fixture registers
 * with. Restoring moves the test's versions to a date of effect far ahead (the database keeps a
 * published text fixed but lets its date move), then publishes a far-future version of each
 * document through the API, which makes the server read the list of versions again at once.
 */
final class Documents {
  static final String BASELINE = "2026-04-01";
  private static final String PREFIX = "it-";

  private Documents() {}

  /** A version name of this test run: it-…, which {@link #restore()} moves out of force. */
  static String newVersion() {
    return PREFIX + UUID.randomUUID().toString().substring(0, 8);
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
  }

  /** Publishes a version of {@code kind} in force from today, through the administrators' API. */
  static Api.Reply publishNow(String kind, String version, String changes, String body) {
    return Api.post(
        "/api/v1/policy-documents/" + kind + "/versions",
        Api.json(
            "version", version, "effectiveFrom", today(), "changesJa", changes, "bodyJa", body),
        Accounts.admin());
  }

  /** 2026-04-01 in force again for both documents. */
  static void restore() throws Exception {
    try (Connection db = KyodoServer.database();
        PreparedStatement st =
            db.prepareStatement(
                "update policy_document set effective_from = timestamptz '2999-01-01 00:00+09'"
                    + " where version like ?")) {
      st.setString(1, PREFIX + "%");
      st.executeUpdate();
    }
    for (String kind : new String[] {"terms", "privacy"}) {
      Api.Reply reload =
          Api.post(
              "/api/v1/policy-documents/" + kind + "/versions",
              Api.json(
                  "version",
                  "restore-" + UUID.randomUUID().toString().substring(0, 8),
                  "effectiveFrom",
                  "2999-12-31",
                  "changesJa",
                  "テストの後片付け",
                  "bodyJa",
                  "## テスト\n\n後片付けのための版です。"),
              Accounts.admin());
      assertEquals(201, reload.status(), reload.body());
    }
    assertEquals(BASELINE, Api.get("/api/v1/reference", null).json().getString("termsVersion"));
    assertEquals(BASELINE, Api.get("/api/v1/reference", null).json().getString("privacyVersion"));
  }
}
