package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terms of use and the privacy notice: their pages, publishing a new version (API and page),
 * and what a participant who accepted an earlier version meets — the acceptance page after signing
 * in, 403 terms_acceptance_required on the API — until they accept it.
 */
@ExtendWith(KyodoServer.class)
class TermsIT {
  private boolean published;

  @AfterEach
  void restoreTheDocumentsInForce() throws Exception {
    if (published) {
      Documents.restore();
    }
  }

  /** The page's text without markup, character references decoded, white space collapsed. */
  private static String text(String html) {
    return decoded(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
  }

  /** Character references decoded (the sanitiser writes （ as &#xff08;). */
  private static String decoded(String html) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(out);
    return out.toString().replace("&nbsp;", " ").replace("&amp;", "&");
  }

  @Test
  void termsPageShowsTheVersionInForceRenderedFromMarkdown() {
    Api.Reply page = WebForms.get("/terms.xhtml", null);
    assertEquals(200, page.status(), page.body());
    String html = decoded(page.body());
    assertTrue(html.contains("<h1 id=\"document-title\">利用規約</h1>"), html);
    assertTrue(html.contains("<h2>第1条（目的）</h2>"), "Markdown headings become h2: " + html);
    assertTrue(html.contains("<h2>第6条（禁止事項）</h2>"));
    String text = text(page.body());
    assertTrue(text.contains("2026-04-01 版（2026年4月1日施行）"), text);
    assertTrue(text.contains("世田谷区 政策経営部 協働プラットフォーム担当"), "a contact");
    assertNull(WebForms.sessionCookie(page), "reading creates no session");
  }

  @Test
  void privacyPageStatesThePurposesTheRegistrationFormStates() {
    Api.Reply page = WebForms.get("/privacy.xhtml", null);
    assertEquals(200, page.status(), page.body());
    String html = decoded(page.body());
    assertTrue(html.contains("<h1 id=\"document-title\">プライバシーポリシー</h1>"));
    assertTrue(html.contains("<h2>1. 取得する個人情報と利用目的</h2>"), html);
    String text = text(page.body());
    assertTrue(text.contains("メールアドレス （必須）　利用目的：サインインと、登録確認・パスワード再設定などのご連絡にのみ使います。公開されません。"), text);
    for (String heading : List.of("3. 第三者への提供", "5. 安全管理措置", "7. 開示・訂正・利用停止の請求", "9. 問い合わせ窓口")) {
      assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
    }
    // every purpose the registration form states is in the notice, word for word
    String form = text(WebForms.get("/register.xhtml", null).body());
    List<String> purposes = new ArrayList<>();
    for (String part : form.split("利用目的：")) {
      purposes.add(part.substring(0, part.indexOf('。') + 1));
    }
    purposes.remove(0);
    assertEquals(3, purposes.size(), form);
    for (String purpose : purposes) {
      assertTrue(text.contains("利用目的：" + purpose), purpose);
    }
  }

  @Test
  void englishPagesShowTheTranslationAndSayTheJapaneseTextIsAuthoritative() {
    Api.Reply page = WebForms.get("/privacy.xhtml?lang=en", null);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("<h1 id=\"document-title\">Privacy notice</h1>"));
    assertTrue(page.body().contains("<h2>1. What we collect and what for</h2>"), page.body());
    assertTrue(text(page.body()).contains("The Japanese text is authoritative."));
  }

  @Test
  void theRegistrationFormAndTheFooterLinkBothDocuments() {
    String form = WebForms.get("/register.xhtml", null).body();
    assertTrue(form.contains("id=\"read-terms\" href=\"/terms.xhtml\""), form);
    assertTrue(form.contains("id=\"read-privacy\" href=\"/privacy.xhtml\""), form);
    assertTrue(text(form).contains("利用規約を読む（新しいタブで開きます）"));
    for (String path : List.of("/", "/topics.xhtml", "/login.xhtml")) {
      String page = WebForms.get(path, null).body();
      assertTrue(page.contains("id=\"footer-terms\" href=\"/terms.xhtml\">利用規約</a>"), path);
      assertTrue(
          page.contains("id=\"footer-privacy\" href=\"/privacy.xhtml\">プライバシーポリシー</a>"), path);
    }
  }

  @Test
  void theApiServesEveryVersionAndTheTextInForce() {
    Api.Reply current = Api.get("/api/v1/policy-documents/privacy", null);
    assertEquals(200, current.status(), current.body());
    JsonObject doc = current.json();
    assertEquals("2026-04-01", doc.getString("version"));
    assertEquals("in_force", doc.getString("status"));
    assertEquals("/privacy.xhtml?version=2026-04-01", doc.getString("page"));
    assertTrue(doc.getString("bodyJa").contains("## 1. 取得する個人情報と利用目的"));
    assertTrue(doc.getString("htmlJa").contains("<h2>1. 取得する個人情報と利用目的</h2>"));
    assertTrue(doc.getString("htmlEn").contains("<h2>1. What we collect and what for</h2>"));
    assertEquals(404, Api.get("/api/v1/policy-documents/cookies", null).status());
    assertEquals(404, Api.get("/api/v1/policy-documents/terms/versions/1999-01-01", null).status());
    Api.Reply all = Api.get("/api/v1/policy-documents", null);
    assertTrue(
        all.array().stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                v ->
                    v.getString("kind").equals("terms")
                        && v.getString("version").equals("2026-04-01")),
        all.body());
  }

  @Test
  void onlyAdministratorsPublishAndOnlyFromTodayOn() {
    Accounts.Participant p = Accounts.confirmed("publisher");
    String body =
        Api.json("effectiveFrom", Documents.today(), "changesJa", "変更", "bodyJa", "## 本文");
    assertEquals(
        403, Api.post("/api/v1/policy-documents/terms/versions", body, p.token()).status());
    assertEquals(401, Api.post("/api/v1/policy-documents/terms/versions", body, null).status());
    Api.Reply past =
        Api.post(
            "/api/v1/policy-documents/terms/versions",
            Api.json("effectiveFrom", "2020-01-01", "changesJa", "変更", "bodyJa", "## 本文"),
            Accounts.admin());
    assertEquals(400, past.status(), past.body());
    assertEquals(List.of("effectiveFrom"), past.errorFields());
    Api.Reply missing =
        Api.post(
            "/api/v1/policy-documents/terms/versions",
            Api.json("effectiveFrom", "2099-01-01", "version", "not a version"),
            Accounts.admin());
    assertEquals(400, missing.status(), missing.body());
    assertEquals(List.of("bodyJa", "changesJa"), missing.errorFields());
    Api.Reply duplicate =
        Api.post(
            "/api/v1/policy-documents/terms/versions",
            Api.json(
                "version",
                "2026-04-01",
                "effectiveFrom",
                "2099-01-01",
                "changesJa",
                "変更",
                "bodyJa",
                "## 本文"),
            Accounts.admin());
    assertEquals(409, duplicate.status(), duplicate.body());
    assertEquals("duplicate_version", duplicate.json().getString("code"));
  }

  @Test
  void aNewVersionInForceStopsWritesOnTheApiUntilItIsAccepted() throws Exception {
    long topic = Forum.openTopic("規約改定の議題");
    Accounts.Participant p = Accounts.confirmed("accepter");
    Accounts.Participant neighbour = Accounts.confirmed("accepter-neighbour");
    assertEquals(201, Api.post(commentsOf(topic), comment("改定前の意見"), p.token()).status());
    long earlier = Forum.id(Forum.post(topic, "賛否の対象", neighbour.token()));

    String version = Documents.newVersion();
    published = true;
    Api.Reply created =
        Documents.publishNow(
            "terms",
            version,
            "- 第6条に、議題と関係のない宣伝の禁止を加えました。",
            "## 第1条（目的）\n\n改定後の利用規約です。\n\n## 第6条（禁止事項）\n\n宣伝はできません。");
    assertEquals(201, created.status(), created.body());
    assertEquals("in_force", created.json().getString("status"));
    assertTrue(
        created.header("Location").endsWith("/api/v1/policy-documents/terms/versions/" + version),
        created.header("Location"));
    assertEquals(version, Api.get("/api/v1/reference", null).json().getString("termsVersion"));

    // writes: 403 naming the version; reading goes on
    Api.Reply refused = Api.post(commentsOf(topic), comment("改定後の意見"), p.token());
    assertEquals(403, refused.status(), refused.body());
    assertEquals("application/problem+json", refused.mediaType());
    assertEquals("terms_acceptance_required", refused.json().getString("code"));
    assertEquals(
        Map.of("terms", version),
        Map.of("terms", refused.json().getJsonObject("requiredVersions").getString("terms")));
    assertFalse(refused.json().getJsonObject("requiredVersions").containsKey("privacy"));
    assertTrue(refused.json().getString("detail").contains(version), refused.body());
    Api.Reply reaction =
        Api.put("/api/v1/comments/" + earlier + "/reaction", Api.json("kind", "agree"), p.token());
    assertEquals(403, reaction.status(), "reacting is writing too: " + reaction.body());
    assertEquals("terms_acceptance_required", reaction.json().getString("code"));
    assertEquals(200, Api.get("/api/v1/topics/" + topic + "/comments", p.token()).status());
    assertEquals(200, Api.get("/api/v1/participants/me", p.token()).status());

    // what waits, with what changed
    JsonObject waiting = Api.get("/api/v1/participants/me/consents", p.token()).json();
    JsonObject due = waiting.getJsonArray("required").getJsonObject(0);
    assertEquals(1, waiting.getJsonArray("required").size(), waiting.toString());
    assertEquals("terms", due.getString("kind"));
    assertEquals(version, due.getString("version"));
    assertEquals("- 第6条に、議題と関係のない宣伝の禁止を加えました。", due.getString("changesJa"));
    assertEquals("/terms.xhtml?version=" + version, due.getString("page"));
    assertEquals("2026-04-01", due.getString("previousVersion"));

    // naming another version, or none, is refused
    Api.Reply stale =
        Api.post(
            "/api/v1/participants/me/consents",
            Api.json("acceptedTermsVersion", "2026-04-01"),
            p.token());
    assertEquals(400, stale.status(), stale.body());
    assertEquals(List.of("acceptedTermsVersion"), stale.errorFields());
    Api.Reply none = Api.post("/api/v1/participants/me/consents", "{}", p.token());
    assertEquals(400, none.status(), none.body());
    assertEquals(List.of("acceptedTermsVersion"), none.errorFields());

    OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
    Api.Reply accepted =
        Api.post(
            "/api/v1/participants/me/consents",
            Api.json("acceptedTermsVersion", version),
            p.token());
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals(0, accepted.json().getJsonArray("required").size());
    JsonObject last =
        accepted
            .json()
            .getJsonArray("history")
            .getJsonObject(accepted.json().getJsonArray("history").size() - 1);
    assertEquals("terms", last.getString("document"));
    assertEquals(version, last.getString("version"));

    assertEquals(201, Api.post(commentsOf(topic), comment("同意後の意見"), p.token()).status());

    // recorded with version and time, append-only, and in the data download
    try (Connection db = KyodoServer.database();
        PreparedStatement st =
            db.prepareStatement(
                "select document_kind, document_version, accepted_at from consent"
                    + " where participant_id = ? order by id")) {
      st.setLong(1, p.id());
      List<String> rows = new ArrayList<>();
      OffsetDateTime acceptedAt = null;
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2));
          acceptedAt = rs.getObject(3, OffsetDateTime.class);
        }
      }
      assertEquals(
          java.util.Set.of("terms 2026-04-01", "privacy 2026-04-01"),
          java.util.Set.copyOf(rows.subList(0, 2)),
          "at registration");
      assertEquals(List.of("terms " + version), rows.subList(2, rows.size()), "now");
      assertTrue(acceptedAt.isAfter(before), acceptedAt.toString());
      try (Statement change = db.createStatement()) {
        assertThrows(
            SQLException.class,
            () -> change.executeUpdate("delete from consent where participant_id = " + p.id()));
        assertThrows(
            SQLException.class,
            () ->
                change.executeUpdate(
                    "update policy_document set body_ja = 'x' where version = '2026-04-01'"));
      }
    }
    assertTrue(
        Api.get("/api/v1/participants/me/export", p.token()).body().contains(version),
        "the download lists the acceptance");

    // audited, with who published what
    JsonObject entry =
        Api.get("/api/v1/audit-log?action=policy_document.publish", Accounts.admin())
            .array()
            .stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("targetId").equals("terms/" + version))
            .findFirst()
            .orElseThrow();
    assertEquals("policy_document", entry.getString("targetType"));
    assertFalse(entry.isNull("actorId"));
    assertTrue(entry.getString("details").contains("effective " + Documents.today()));

    // registration now names the new version
    Api.Reply outdated =
        Accounts.register(Accounts.uniqueEmail("late"), Accounts.PASSWORD, "遅れて登録");
    assertEquals(400, outdated.status(), outdated.body());
    assertEquals(List.of("acceptedTermsVersion"), outdated.errorFields());
  }

  @Test
  void onThePagesSigningInLeadsToTheAcceptancePageAndPostingWaitsForIt() throws Exception {
    long topic = Forum.openTopic("ページで同意する議題");
    Accounts.Participant p = Accounts.confirmed("page-accepter");
    String admin =
        WebForms.sessionOf(WebForms.signIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD));

    // the administrator publishes a new privacy notice on the page
    String version = Documents.newVersion();
    published = true;
    Api.Reply form = WebForms.get("/admin/policy-documents.xhtml?kind=privacy", admin);
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("1. 取得する個人情報と利用目的"), "the form starts from the text in force");
    Api.Reply done =
        WebForms.submit(
            "/admin/policy-documents.xhtml?kind=privacy",
            admin,
            "publishForm",
            "publish",
            Map.of(
                "effectiveFrom",
                Documents.today(),
                "version",
                version,
                "changesJa",
                "問い合わせ窓口の受付時間を変更しました。",
                "bodyJa",
                "## 1. 取得する個人情報と利用目的\n\n改定後のプライバシーポリシーです。",
                "changesEn",
                "",
                "bodyEn",
                ""));
    assertEquals(302, done.status(), done.body());
    Api.Reply list = WebForms.get("/admin/policy-documents.xhtml", admin);
    assertTrue(text(list.body()).contains(version + " " + todayInJapanese() + " 施行中"), list.body());

    // the participant signs in on the page, on the way to the topic
    String next = "/topic.xhtml?id=" + topic;
    Api.Reply signIn =
        WebForms.submit(
            "/login.xhtml?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8),
            null,
            "loginForm",
            "submit",
            Map.of("email", p.email(), "password", Accounts.PASSWORD, "next", next));
    assertEquals(302, signIn.status(), signIn.body());
    String location = signIn.header("Location");
    assertTrue(location.contains("/consent.xhtml?next="), location);
    assertEquals(next, URLDecoder.decode(location.split("next=")[1], StandardCharsets.UTF_8));
    String session = WebForms.sessionOf(signIn);

    Api.Reply consent = WebForms.get("/consent.xhtml?next=" + location.split("next=")[1], session);
    assertEquals(200, consent.status(), consent.body());
    String consentText = text(consent.body());
    assertTrue(consentText.contains("プライバシーポリシー（" + version + " 版、"), consentText);
    assertTrue(consentText.contains("問い合わせ窓口の受付時間を変更しました。"), "what changed");
    assertTrue(consent.body().contains("href=\"/privacy.xhtml?version=" + version + "\""));
    assertTrue(consent.body().contains("href=\"/privacy.xhtml?version=2026-04-01\""));
    assertFalse(consent.body().contains("acceptedTermsVersion"), "only what waits is asked");

    // meanwhile the topic can be read but not answered, and every page says why
    Api.Reply topicPage = WebForms.get(next, session);
    assertEquals(200, topicPage.status());
    assertFalse(topicPage.body().contains("id=\"postForm\""), "no opinion form");
    assertTrue(text(topicPage.body()).contains("プライバシーポリシーが改定されました（" + version + " 版）"));
    assertTrue(topicPage.body().contains("id=\"consent-banner-link\""));

    // not ticking the box is refused beside it; ticking it records and continues
    Api.Reply unticked =
        WebForms.submit(
            "/consent.xhtml?next=" + location.split("next=")[1],
            session,
            "consentForm",
            "accept",
            Map.of("next", next));
    assertEquals(200, unticked.status());
    assertTrue(text(unticked.body()).contains("プライバシーポリシーへの同意が必要です。"), unticked.body());
    Api.Reply accepted =
        WebForms.submit(
            "/consent.xhtml?next=" + location.split("next=")[1],
            session,
            "consentForm",
            "accept",
            Map.of("acceptedPrivacyVersion", "true", "next", next));
    assertEquals(302, accepted.status(), accepted.body());
    assertTrue(accepted.header("Location").endsWith(next), accepted.header("Location"));
    Api.Reply after = WebForms.get(next, session);
    assertTrue(after.body().contains("id=\"postForm\""), "the opinion form is back");
    assertFalse(after.body().contains("id=\"consent-banner\""));
    JsonObject history = Api.get("/api/v1/participants/me/consents", p.token()).json();
    assertTrue(history.toString().contains("\"version\":\"" + version + "\""), history.toString());

    // a publication on the page is audited as well
    assertTrue(
        Api.get("/api/v1/audit-log?action=policy_document.publish", Accounts.admin())
            .body()
            .contains("privacy/" + version));
  }

  @Test
  void olderVersionsStayReadableByTheirVersion() throws Exception {
    String version = Documents.newVersion();
    published = true;
    assertEquals(
        201, Documents.publishNow("terms", version, "全面改定", "## 第1条（目的）\n\n新しい版の本文です。").status());
    String current = text(WebForms.get("/terms.xhtml", null).body());
    assertTrue(current.contains("新しい版の本文です。"), current);
    assertTrue(current.contains(version + " 版"));
    assertFalse(current.contains("これは過去の版です。"));

    String old = text(WebForms.get("/terms.xhtml?version=2026-04-01", null).body());
    assertTrue(old.contains("これは過去の版です。"), old);
    assertTrue(old.contains("第15条（準拠法・管轄裁判所）"), old);
    assertTrue(old.contains("2026-04-01 版（2026年4月1日施行） — 過去の版"), old);
    assertEquals(404, WebForms.get("/terms.xhtml?version=1999-01-01", null).status());
  }

  private static String todayInJapanese() {
    java.time.LocalDate d = java.time.LocalDate.parse(Documents.today());
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String commentsOf(long topic) {
    return "/api/v1/topics/" + topic + "/comments";
  }

  private static String comment(String body) {
    return Api.json("body", body, "stance", "agree");
  }
}
