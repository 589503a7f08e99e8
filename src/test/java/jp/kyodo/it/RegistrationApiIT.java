package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KyodoServer.class)
class RegistrationApiIT {

  @Test
  void registersConfirmsByMailedTokenAndSignsIn() throws Exception {
    String email = Accounts.uniqueEmail("reg");
    Api.Reply created =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email", email,
                "password", Accounts.PASSWORD,
                "displayName", "世田谷　たろう",
                "ageBand", "30s",
                "districtCode", "kyodo",
                "relation", "resident",
                "preferredLanguage", "",
                "acceptedTermsVersion", Accounts.TERMS,
                "acceptedPrivacyVersion", Accounts.TERMS),
            null);
    assertEquals(201, created.status(), created.body());
    JsonObject account = created.json();
    long id = account.getJsonNumber("id").longValue();
    assertTrue(created.header("Location").endsWith("/api/v1/participants/" + id));
    assertFalse(account.getBoolean("emailConfirmed"));
    assertEquals("setagaya", account.getString("areaCode"), "a district implies its area");
    assertFalse(account.containsKey("preferredLanguage"), "empty means 回答しない");

    JsonObject mail = Accounts.latestMail(email, "確認");
    assertTrue(mail.getString("body").contains("/confirm.xhtml?token="), mail.toString());
    Api.Reply confirmed =
        Api.post(
            "/api/v1/auth/email-confirmation",
            Api.json("token", Accounts.tokenIn(mail.getString("body"))),
            null);
    assertEquals(204, confirmed.status(), confirmed.body());

    String token = Accounts.signIn(email.toUpperCase(), Accounts.PASSWORD);
    Api.Reply me = Api.get("/api/v1/participants/me", token);
    assertEquals(200, me.status());
    assertEquals("世田谷　たろう", me.json().getString("displayName"));
    assertTrue(me.json().getBoolean("emailConfirmed"));

    try (Connection db = KyodoServer.database();
        PreparedStatement ps =
            db.prepareStatement(
                "select document_kind, document_version from consent where participant_id = ?"
                    + " order by document_kind")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("privacy", rs.getString(1));
        assertEquals(Accounts.TERMS, rs.getString(2));
        assertTrue(rs.next());
        assertEquals("terms", rs.getString(1));
      }
    }
  }

  @Test
  void rejectsDuplicateEmailIgnoringCase() {
    String email = Accounts.uniqueEmail("dup");
    assertEquals(201, Accounts.register(email, Accounts.PASSWORD, "一人目").status());
    Api.Reply again = Accounts.register(email.toUpperCase(), Accounts.PASSWORD, "二人目");
    assertEquals(409, again.status(), again.body());
    assertEquals("application/problem+json", again.mediaType());
    assertEquals("duplicate_email", again.json().getString("code"));
  }

  @Test
  void treatsFullWidthAddressAsTheSameAddress() {
    String email = Accounts.uniqueEmail("width");
    assertEquals(201, Accounts.register(email, Accounts.PASSWORD, "半角").status());
    String fullWidth = toFullWidth(email);
    Api.Reply again = Accounts.register(fullWidth, Accounts.PASSWORD, "全角");
    assertEquals(409, again.status(), again.body());
  }

  @Test
  void rejectsWeakPasswordNamingTheField() {
    Api.Reply tooShort = Accounts.register(Accounts.uniqueEmail("weak"), "short", "弱い");
    assertEquals(400, tooShort.status(), tooShort.body());
    assertEquals(java.util.List.of("password"), tooShort.errorFields());
    assertTrue(
        tooShort
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message")
            .contains("10"));

    String email = Accounts.uniqueEmail("guessable");
    Api.Reply containsAddress =
        Accounts.register(email, email.substring(0, email.indexOf('@')) + "12345", "弱い");
    assertEquals(400, containsAddress.status());
    assertEquals(java.util.List.of("password"), containsAddress.errorFields());

    Api.Reply common = Accounts.register(Accounts.uniqueEmail("common"), "password123", "弱い");
    assertEquals(400, common.status());
    assertEquals(java.util.List.of("password"), common.errorFields());
  }

  @Test
  void requiresAcceptanceOfTheCurrentTerms() {
    Api.Reply missing =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                Accounts.uniqueEmail("terms"),
                "password",
                Accounts.PASSWORD,
                "displayName",
                "規約",
                "acceptedTermsVersion",
                "2020-01-01"),
            null);
    assertEquals(400, missing.status(), missing.body());
    assertEquals(
        java.util.List.of("acceptedPrivacyVersion", "acceptedTermsVersion"), missing.errorFields());
  }

  @Test
  void rejectsUnknownProfileCodesAndDistrictOutsideItsArea() {
    Api.Reply reply =
        Api.post(
            "/api/v1/participants",
            Api.json(
                "email",
                Accounts.uniqueEmail("codes"),
                "password",
                Accounts.PASSWORD,
                "displayName",
                "コード",
                "ageBand",
                "teenager",
                "areaCode",
                "kinuta",
                "districtCode",
                "kyodo",
                "acceptedTermsVersion",
                Accounts.TERMS,
                "acceptedPrivacyVersion",
                Accounts.TERMS),
            null);
    assertEquals(400, reply.status(), reply.body());
    assertEquals(java.util.List.of("ageBand", "districtCode"), reply.errorFields());
  }

  @Test
  void refusesSignInBeforeConfirmation() {
    String email = Accounts.uniqueEmail("unconfirmed");
    assertEquals(201, Accounts.register(email, Accounts.PASSWORD, "未確認").status());
    Api.Reply signIn =
        Api.post(
            "/api/v1/auth/token", Api.json("email", email, "password", Accounts.PASSWORD), null);
    assertEquals(403, signIn.status(), signIn.body());
    assertEquals("email_unconfirmed", signIn.json().getString("code"));
    assertFalse(signIn.body().contains("\"token\""));
  }

  @Test
  void confirmationTokenWorksOnlyOnce() {
    String email = Accounts.uniqueEmail("reuse");
    Accounts.register(email, Accounts.PASSWORD, "再利用");
    String token = Accounts.mailedToken(email, "確認");
    assertEquals(
        204, Api.post("/api/v1/auth/email-confirmation", Api.json("token", token), null).status());
    Api.Reply reused = Api.post("/api/v1/auth/email-confirmation", Api.json("token", token), null);
    assertEquals(422, reused.status(), reused.body());
    assertEquals("invalid_token", reused.json().getString("code"));
  }

  @Test
  void expiredConfirmationTokenIsRefused() throws Exception {
    String email = Accounts.uniqueEmail("expired");
    Accounts.register(email, Accounts.PASSWORD, "期限切れ");
    String token = Accounts.mailedToken(email, "確認");
    try (Connection db = KyodoServer.database();
        PreparedStatement ps =
            db.prepareStatement(
                "update account_token set expires_at = now() - interval '1 minute'"
                    + " where participant_id = (select id from participant where email = ?)")) {
      ps.setString(1, email);
      assertEquals(1, ps.executeUpdate());
    }
    Api.Reply expired = Api.post("/api/v1/auth/email-confirmation", Api.json("token", token), null);
    assertEquals(422, expired.status(), expired.body());
    Api.Reply signIn =
        Api.post(
            "/api/v1/auth/token", Api.json("email", email, "password", Accounts.PASSWORD), null);
    assertEquals(403, signIn.status(), "still unconfirmed");
  }

  @Test
  void resendingConfirmationInvalidatesTheOlderLink() {
    String email = Accounts.uniqueEmail("resend");
    Accounts.register(email, Accounts.PASSWORD, "再送");
    String first = Accounts.mailedToken(email, "確認");
    assertEquals(
        202,
        Api.post("/api/v1/auth/email-confirmation/resend", Api.json("email", email), null)
            .status());
    String second = Accounts.mailedToken(email, "確認");
    assertFalse(first.equals(second));
    assertEquals(
        422, Api.post("/api/v1/auth/email-confirmation", Api.json("token", first), null).status());
    assertEquals(
        204, Api.post("/api/v1/auth/email-confirmation", Api.json("token", second), null).status());
  }

  private static String toFullWidth(String ascii) {
    StringBuilder sb = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return sb.toString();
  }
}
