package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Display names that pass for the ward, its staff or the operators are refused, folded as watched
 * words are; so is a name an active participant already uses. On registration and profile edits, on
 * the API and the pages.
 */
@ExtendWith(KyodoServer.class)
class DisplayNamesIT {
  /** The message element of a field, starting with the text. */
  private static final java.util.function.BiFunction<String, String, Pattern> FIELD_ERROR =
      (id, text) -> Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>" + Pattern.quote(text));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "世田谷区長, 世田谷区",
    "区職員 山本, 区職員",
    "ｽﾀｯﾌ, スタッフ",
    "ＡＤＭＩＮ, admin",
    "公式・けいどう, 公式",
    "Taro_Official, official",
  })
  void registrationRefusesReservedNamesFolded(String name, String term) {
    Api.Reply reply = Accounts.register(Accounts.uniqueEmail("reserved"), Accounts.PASSWORD, name);
    assertEquals(400, reply.status(), reply.body());
    assertEquals(List.of("displayName"), reply.errorFields());
    String message = reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
    assertEquals("表示名に「" + term + "」は使えません。区・区職員・運営者と誤解されるおそれがあるためです。別の表示名にしてください。", message);
  }

  @Test
  void anOrdinaryNameIsAccepted() {
    String name = "けやき並木" + UUID.randomUUID().toString().substring(0, 4);
    Api.Reply reply = Accounts.register(Accounts.uniqueEmail("ordinary"), Accounts.PASSWORD, name);
    assertEquals(201, reply.status(), reply.body());
    assertEquals(name, reply.json().getString("displayName"));
    Api.Reply badminton =
        Accounts.register(
            Accounts.uniqueEmail("club"),
            Accounts.PASSWORD,
            "badminton" + UUID.randomUUID().toString().substring(0, 4));
    assertEquals(201, badminton.status(), "admin inside a word is not admin: " + badminton.body());
  }

  @Test
  void profileEditsRefuseReservedNamesAndKeepTheOldName() {
    Accounts.Participant p = Accounts.confirmed("renamer");
    Api.Reply refused =
        Api.put(
            "/api/v1/participants/me", withVersion(p.token(), "displayName", "ＳＴＡＦＦ花子"), p.token());
    assertEquals(400, refused.status(), refused.body());
    assertEquals(List.of("displayName"), refused.errorFields());
    assertTrue(refused.body().contains("「staff」"), refused.body());
    assertEquals(
        "renamerさん", Api.get("/api/v1/participants/me", p.token()).json().getString("displayName"));
    Api.Reply renamed =
        Api.put(
            "/api/v1/participants/me", withVersion(p.token(), "displayName", "花子（経堂）"), p.token());
    assertEquals(200, renamed.status(), renamed.body());
  }

  @Test
  void aNameAnActiveParticipantUsesIsRefusedUntilTheyWithdraw() {
    String name = "ゆずこ" + UUID.randomUUID().toString().substring(0, 4);
    Accounts.Participant first = Accounts.confirmed("first-yuzu");
    assertEquals(
        200,
        Api.put(
                "/api/v1/participants/me",
                withVersion(first.token(), "displayName", name),
                first.token())
            .status());

    // the same name in katakana, half-width, with a space: one name
    String folded = toKatakana(name).replace("ユズ", "ﾕｽﾞ") + " ";
    Api.Reply taken =
        Accounts.register(Accounts.uniqueEmail("second-yuzu"), Accounts.PASSWORD, folded);
    assertEquals(400, taken.status(), taken.body());
    assertEquals(List.of("displayName"), taken.errorFields());
    assertTrue(taken.body().contains("ほかの参加者が使っています"), taken.body());
    Accounts.Participant other = Accounts.confirmed("other-yuzu");
    Api.Reply edit =
        Api.put(
            "/api/v1/participants/me",
            withVersion(other.token(), "displayName", name),
            other.token());
    assertEquals(400, edit.status(), edit.body());
    assertEquals(List.of("displayName"), edit.errorFields());

    // keeping one's own name while editing the rest is fine
    assertEquals(
        200,
        Api.put(
                "/api/v1/participants/me",
                withVersion(first.token(), "displayName", name, "ageBand", "30s"),
                first.token())
            .status());

    assertEquals(
        204,
        Api.post(
                "/api/v1/participants/me/withdrawal",
                Api.json("password", Accounts.PASSWORD),
                first.token())
            .status());
    assertEquals(
        201,
        Accounts.register(Accounts.uniqueEmail("third-yuzu"), Accounts.PASSWORD, name).status(),
        "a withdrawn participant's name is free again");
  }

  @Test
  void thePagesShowTheRefusalBesideTheField() {
    Api.Reply register =
        WebForms.submit(
            "/register.xhtml",
            null,
            "registerForm",
            "submit",
            Map.of(
                "email",
                Accounts.uniqueEmail("page-reserved"),
                "password",
                Accounts.PASSWORD,
                "displayName",
                "世田谷区長",
                "acceptedTermsVersion",
                "true",
                "acceptedPrivacyVersion",
                "true"));
    assertEquals(200, register.status(), register.body());
    assertTrue(
        FIELD_ERROR
            .apply("registerForm:displayNameError", "表示名に「世田谷区」は使えません。")
            .matcher(register.body())
            .find(),
        register.body());

    Accounts.Participant p = Accounts.confirmed("page-renamer");
    String session = WebForms.sessionOf(WebForms.signIn(p.email(), Accounts.PASSWORD));
    Api.Reply profile =
        WebForms.submit(
            "/profile.xhtml", session, "profileForm", "save", Map.of("displayName", "ＡＤＭＩＮ"));
    assertEquals(200, profile.status(), profile.body());
    assertTrue(
        FIELD_ERROR
            .apply("profileForm:displayNameError", "表示名に「admin」は使えません。")
            .matcher(profile.body())
            .find(),
        profile.body());
    assertEquals(
        "page-renamerさん",
        Api.get("/api/v1/participants/me", p.token()).json().getString("displayName"));
  }

  @Test
  void administratorsKeepTheListAndEveryChangeIsAudited() {
    String admin = Accounts.admin();
    Api.Reply list = Api.get("/api/v1/reserved-names", admin);
    assertEquals(200, list.status(), list.body());
    assertTrue(
        list.array().stream()
            .map(JsonObject.class::cast)
            .map(r -> r.getString("term"))
            .toList()
            .containsAll(
                List.of("世田谷区", "区長", "職員", "公式", "運営", "管理者", "モデレーター", "admin", "staff")),
        list.body());
    Accounts.Participant p = Accounts.confirmed("namelister");
    assertEquals(403, Api.get("/api/v1/reserved-names", p.token()).status());

    String term = "テスト語" + UUID.randomUUID().toString().substring(0, 4);
    Api.Reply added = Api.post("/api/v1/reserved-names", Api.json("term", term), admin);
    assertEquals(201, added.status(), added.body());
    long id = added.json().getJsonNumber("id").longValue();
    Api.Reply again =
        Api.post("/api/v1/reserved-names", Api.json("term", term.replace("テスト", "ﾃｽﾄ")), admin);
    assertEquals(409, again.status(), "the same term folded: " + again.body());
    Api.Reply refused =
        Accounts.register(Accounts.uniqueEmail("newterm"), Accounts.PASSWORD, "私は" + term);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(List.of("displayName"), refused.errorFields());

    assertEquals(204, Api.delete("/api/v1/reserved-names/" + id, admin).status());
    assertEquals(404, Api.delete("/api/v1/reserved-names/" + id, admin).status());
    assertEquals(
        201,
        Accounts.register(Accounts.uniqueEmail("newterm2"), Accounts.PASSWORD, "私は" + term)
            .status());
    String audit = Api.get("/api/v1/audit-log?action=reserved_name.", admin).body();
    assertTrue(audit.contains("\"action\":\"reserved_name.add\""), audit);
    assertTrue(audit.contains("\"action\":\"reserved_name.remove\""), audit);
    assertTrue(audit.contains(term), audit);

    String session =
        WebForms.sessionOf(WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD));
    Api.Reply page = WebForms.get("/admin/reserved-names.xhtml", session);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("<td>区職員</td>"), page.body());
  }

  private static String toKatakana(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
    return out.toString();
  }

  /** The profile fields with the version the participant has now, as a form would send them. */
  private static String withVersion(String token, Object... keysAndValues) {
    long version =
        Api.get("/api/v1/participants/me", token).json().getJsonNumber("version").longValue();
    Object[] all = java.util.Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
    all[keysAndValues.length] = "version";
    all[keysAndValues.length + 1] = version;
    return Api.json(all);
  }
}
