package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the OpenAPI document with every role and hostile values in every path
 * parameter, query parameter and body field — NUL and other controls, bidi overrides, unpaired
 * surrogates, 100 KB strings, text that grows under NFKC, impossible ids, 10^30, fractions,
 * booleans as numbers, null — and hostile bodies (empty, an array, trailing content, malformed
 * UTF-8, the wrong Content-Type). Nothing may answer 5xx; every error is problem+json with a stable
 * code, and a 400 names the offending field. An operation the walk has no values for fails the
 * test, so a new endpoint cannot escape it.
 */
@ExtendWith(KyodoServer.class)
class HostileInputIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: plain requests as clients send
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

  enum Role {
    ANONYMOUS,
    PARTICIPANT,
    STAFF,
    MODERATOR,
    ADMINISTRATOR
  }

  /** Valid values for an operation, varied one at a time; the owner is who may do it. */
  record Base(Role owner, String token, Map<String, String> path, String body) {}

  /** An operation as the OpenAPI document describes it. */
  record Operation(
      String method,
      String template,
      List<String> pathParams,
      List<String> queryParams,
      boolean headerParam,
      Set<String> bodyFields) {
    String key() {
      return method + " " + TEMPLATE_PARAM.matcher(template).replaceAll("{$1}");
    }
  }

  /** One request of the walk and what its answer must show. */
  record Attempt(
      String label,
      String method,
      String pathAndQuery,
      String authorization,
      String contentType,
      byte[] body,
      String field) {}

  private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
  private static final Map<String, Base> BASES = new TreeMap<>();
  private static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
  private static final AtomicInteger SENT = new AtomicInteger();
  private static final Map<Integer, AtomicInteger> STATUSES =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  private static final Map<String, Integer> BASE_ANSWERS =
      new java.util.concurrent.ConcurrentSkipListMap<>();
  private static String watchedWord;

  // --- hostile values -------------------------------------------------------------------------

  private static final String LONG = "あ".repeat(100_000 / 3);
  private static final String GROWS_UNDER_NFKC = "\uFDFA".repeat(40); // each is 18 letters in NFKC

  /** Path segments (already encoded): impossible ids, controls, malformed UTF-8. */
  private static final List<String> PATH_VALUES =
      List.of(
          "0",
          "-1",
          "99999999999999999999",
          "abc",
          "1.5",
          "1e30",
          "%00",
          "%01",
          "%E2%80%AE",
          "%ff",
          "%ED%A0%80",
          "9".repeat(2000),
          "%20");

  /** Query values (already encoded; a malformed escape such as %zz is in InputRulesIT). */
  private static final List<String> QUERY_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%07",
          "%0A",
          "%1B%5B31m",
          "%E2%80%AE",
          "%EF%BF%BE",
          "%ff",
          "%C3%28",
          "%ED%A0%80",
          "-1",
          "0",
          "99999999999999999999",
          "1e30",
          "1.5",
          "true",
          "",
          "%20",
          WebSession.enc("<script>alert(1)</script>"),
          WebSession.enc("' OR 1=1 --"),
          WebSession.enc("\\"),
          WebSession.enc("_%"),
          WebSession.enc(GROWS_UNDER_NFKC),
          "a".repeat(1001),
          "a".repeat(9000));

  /** JSON values for a body field. */
  private static final List<String> JSON_VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "1.5",
          "1e30",
          "123456789012345678901234567890",
          "1E400",
          "-0",
          "\"\"",
          "\" \"",
          "\"\\u0000\"",
          "\"a\\u0000b\"",
          "\"\\u0007\"",
          "\"\\u001b[31m\"",
          "\"\\u202Eevil\"",
          "\"\\u2066x\"",
          "\"\\ufffe\"",
          "\"\\ud800\"",
          "\"\\udc00x\"",
          quoted(LONG),
          quoted("x".repeat(2000)), // at the limit of long fields, over that of short ones
          quoted(GROWS_UNDER_NFKC),
          "[]",
          "{}",
          "[\"x\"]",
          "\"-1\"",
          "\"99999999999999999999\"");

  private static String quoted(String s) {
    return Json.createValue(s).toString();
  }

  // --- fixtures -------------------------------------------------------------------------------

  @BeforeAll
  static void fixtures() throws Exception {
    Accounts.Participant author = Accounts.confirmed("hw-author");
    Accounts.Participant replier = Accounts.confirmed("hw-replier");
    Accounts.Participant self = Accounts.confirmed("hw-self");
    Accounts.Participant target = Accounts.confirmed("hw-target");
    Accounts.Participant bystander = Accounts.confirmed("hw-bystander");
    String staff = Forum.staff().token();
    String moderator = Moderation.moderator("hw-mod").token();
    String admin = Accounts.admin();
    TOKENS.put(Role.ANONYMOUS, null);
    TOKENS.put(Role.PARTICIPANT, bystander.token());
    TOKENS.put(Role.STAFF, staff);
    TOKENS.put(Role.MODERATOR, moderator);
    TOKENS.put(Role.ADMINISTRATOR, admin);

    long topic = Forum.openTopic("敵対的な入力の議題");
    JsonObject posted = Forum.post(topic, "敵対的な入力のテスト用の意見", author.token());
    long comment = Forum.id(posted);
    long commentVersion = posted.getJsonNumber("version").longValue();
    // a comment of its own for the moderation case, so that the walk's reports do not change it
    long reported = Forum.id(Forum.post(topic, "通報される意見", author.token()));
    long caseId =
        Moderation.report(reported, "spam", Accounts.confirmed("hw-reporter").token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    long caseVersion =
        Moderation.caseOf(caseId, moderator)
            .getJsonObject("moderationCase")
            .getJsonNumber("version")
            .longValue();
    long dismiss = Moderation.template("dismiss", null, moderator);
    Api.Reply template = Api.post("/api/v1/moderation/templates", templateJson(null), admin);
    assertEquals(201, template.status(), template.body());
    long templateId = template.json().getJsonNumber("id").longValue();
    long templateVersion = template.json().getJsonNumber("version").longValue();
    Api.Reply warning =
        Api.post(
            "/api/v1/sanctions/participant/" + target.id(),
            Api.json("kind", "warn", "reason", "敵対的な入力のテスト"),
            moderator);
    assertEquals(201, warning.status(), warning.body());
    long sanction = warning.json().getJsonNumber("id").longValue();
    long topicVersion =
        Api.get("/api/v1/topics/" + topic, null).json().getJsonNumber("version").longValue();
    long selfVersion =
        Api.get("/api/v1/participants/me", self.token())
            .json()
            .getJsonNumber("version")
            .longValue();
    watchedWord = "hw-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    WORDS_BEFORE.addAll(watchedWordIds());
    EXCEPTIONS_BEFORE.addAll(wordExceptionIds());
    Api.Reply changing =
        Api.post(
            "/api/v1/moderation/watched-words",
            Api.json("word", watchedWord + "-c", "action", "flag"),
            admin);
    assertEquals(201, changing.status(), changing.body());

    Map<String, String> t = Map.of("id", String.valueOf(topic));
    Map<String, String> c = Map.of("id", String.valueOf(comment));
    Map<String, String> none = Map.of();
    String anyone = null;

    base("GET /api/v1/audit-log", Role.ADMINISTRATOR, admin, none, null);
    // without ?frequency the walk never sends a digest; without ?key it never unsubscribes
    base("POST /api/v1/admin/digests", Role.ADMINISTRATOR, admin, none, "");
    base("POST /api/v1/unsubscribe", Role.ANONYMOUS, anyone, none, "");
    base("GET /api/v1/audit-log/export.csv", Role.ADMINISTRATOR, admin, none, null);
    base(
        "POST /api/v1/auth/email-confirmation",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("token", "no-such-token"));
    base(
        "POST /api/v1/auth/email-confirmation/resend",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("email", Accounts.uniqueEmail("hw-nobody")));
    base(
        "POST /api/v1/auth/password-reset",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("email", Accounts.uniqueEmail("hw-nobody")));
    base(
        "POST /api/v1/auth/password-reset/confirm",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("token", "no-such-token", "newPassword", "another long passphrase"));
    base(
        "POST /api/v1/auth/token",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("email", bystander.email(), "password", Accounts.PASSWORD));
    base("DELETE /api/v1/auth/token", Role.ANONYMOUS, anyone, none, null);
    base(
        "PUT /api/v1/comments/{id}",
        Role.PARTICIPANT,
        author.token(),
        c,
        Api.json("body", "編集した意見", "version", commentVersion));
    base("DELETE /api/v1/comments/{id}", Role.PARTICIPANT, author.token(), c, null);
    base("GET /api/v1/comments/{id}", Role.ANONYMOUS, anyone, c, null);
    base(
        "PUT /api/v1/comments/{id}/reaction",
        Role.PARTICIPANT,
        replier.token(),
        c,
        Api.json("kind", "agree"));
    base("DELETE /api/v1/comments/{id}/reaction", Role.PARTICIPANT, replier.token(), c, null);
    base(
        "POST /api/v1/comments/{id}/replies",
        Role.PARTICIPANT,
        replier.token(),
        c,
        Api.json("body", "返信です"));
    base("GET /api/v1/comments/{id}/replies", Role.ANONYMOUS, anyone, c, null);
    base(
        "POST /api/v1/comments/{id}/reports",
        Role.PARTICIPANT,
        replier.token(),
        c,
        Api.json("reason", "spam", "text", "宣伝です"));
    base("GET /api/v1/moderation/cases", Role.MODERATOR, moderator, none, null);
    base(
        "GET /api/v1/moderation/cases/{id}",
        Role.MODERATOR,
        moderator,
        Map.of("id", String.valueOf(caseId)),
        null);
    base(
        "POST /api/v1/moderation/cases/{id}/decisions",
        Role.MODERATOR,
        moderator,
        Map.of("id", String.valueOf(caseId)),
        Api.json(
            "action", "dismiss", "templateId", dismiss, "note", "問題なし", "version", caseVersion));
    base(
        "POST /api/v1/moderation/cases/{id}/review-request",
        Role.PARTICIPANT,
        author.token(),
        Map.of("id", String.valueOf(caseId)),
        Api.json("text", "見直しをお願いします"));
    base("GET /api/v1/moderation/my-cases", Role.PARTICIPANT, author.token(), none, null);
    base("GET /api/v1/moderation/report", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/moderation/templates", Role.MODERATOR, moderator, none, null);
    base("POST /api/v1/moderation/templates", Role.ADMINISTRATOR, admin, none, templateJson(null));
    base(
        "PUT /api/v1/moderation/templates/{id}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", String.valueOf(templateId)),
        templateJson(templateVersion));
    // reserved display-name terms: what the walk adds is removed afterwards (a reserved "-1"
    // would refuse later tests' names)
    RESERVED_BEFORE.addAll(reservedNameIds());
    base("GET /api/v1/reserved-names", Role.ADMINISTRATOR, admin, none, null);
    base(
        "POST /api/v1/reserved-names",
        Role.ADMINISTRATOR,
        admin,
        none,
        Api.json("term", "hwres" + java.util.UUID.randomUUID().toString().substring(0, 6)));
    base("DELETE /api/v1/reserved-names/{id}", Role.ADMINISTRATOR, admin, Map.of("id", "1"), null);
    // the policy documents: read by anyone; the walk never publishes, since a date of effect in
    // the past is refused whatever else it sends (a new version would ask everyone to accept)
    Map<String, String> terms = Map.of("kind", "terms");
    base("GET /api/v1/policy-documents", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/policy-documents/{kind}", Role.ANONYMOUS, anyone, terms, null);
    base("GET /api/v1/policy-documents/{kind}/versions", Role.ANONYMOUS, anyone, terms, null);
    base(
        "GET /api/v1/policy-documents/{kind}/versions/{version}",
        Role.ANONYMOUS,
        anyone,
        Map.of("kind", "terms", "version", Accounts.TERMS),
        null);
    base(
        "POST /api/v1/policy-documents/{kind}/versions",
        Role.ADMINISTRATOR,
        admin,
        terms,
        Api.json("effectiveFrom", "2000-01-01", "changesJa", "変更点", "bodyJa", "本文"));
    base("GET /api/v1/participants/me/consents", Role.PARTICIPANT, self.token(), none, null);
    base(
        "POST /api/v1/participants/me/consents",
        Role.PARTICIPANT,
        self.token(),
        none,
        Api.json("acceptedTermsVersion", Accounts.TERMS, "acceptedPrivacyVersion", Accounts.TERMS));
    base("GET /api/v1/moderation/watched-words", Role.ADMINISTRATOR, admin, none, null);
    base(
        "POST /api/v1/moderation/watched-words",
        Role.ADMINISTRATOR,
        admin,
        none,
        Api.json("word", watchedWord, "action", "flag"));
    base(
        "DELETE /api/v1/moderation/watched-words/{id}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", "1"),
        null);
    base(
        "PUT /api/v1/moderation/watched-words/{id}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", String.valueOf(changing.json().getJsonNumber("id").longValue())),
        Api.json(
            "action",
            "flag",
            "match",
            "part",
            "version",
            changing.json().getJsonNumber("version").longValue()));
    base("GET /api/v1/moderation/watched-words/exceptions", Role.ADMINISTRATOR, admin, none, null);
    base(
        "POST /api/v1/moderation/watched-words/exceptions",
        Role.ADMINISTRATOR,
        admin,
        none,
        Api.json("phrase", watchedWord + "-x"));
    base(
        "DELETE /api/v1/moderation/watched-words/exceptions/{id}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", "1"),
        null);
    base("GET /api/v1/open-data", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/open-data/participation.csv", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/open-data/participation.json", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/outbox", Role.ADMINISTRATOR, admin, none, null);
    base(
        "POST /api/v1/participants",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json(
            "email",
            Accounts.uniqueEmail("hw-register"),
            "password",
            Accounts.PASSWORD,
            "displayName",
            "敵対テスト",
            "districtCode",
            "kyodo",
            "acceptedTermsVersion",
            Accounts.TERMS,
            "acceptedPrivacyVersion",
            Accounts.TERMS));
    base("GET /api/v1/participants", Role.ADMINISTRATOR, admin, none, null);
    base(
        "PUT /api/v1/participants/me",
        Role.PARTICIPANT,
        self.token(),
        none,
        Api.json("displayName", "敵対テスト", "version", selfVersion));
    base("GET /api/v1/participants/me", Role.PARTICIPANT, self.token(), none, null);
    base("GET /api/v1/participants/me/export", Role.PARTICIPANT, self.token(), none, null);
    // LINE: the link as its owner sees it; the webhook refuses every unsigned body with 401
    base("GET /api/v1/participants/me/line", Role.PARTICIPANT, self.token(), none, null);
    base("POST /api/v1/participants/me/line/link-code", Role.PARTICIPANT, self.token(), none, null);
    base("DELETE /api/v1/participants/me/line", Role.PARTICIPANT, self.token(), none, null);
    base(
        "POST /api/v1/line/webhook",
        Role.ANONYMOUS,
        anyone,
        none,
        Api.json("destination", "Uward", "events", List.of()));
    base(
        "GET /api/v1/participants/me/activity/comments",
        Role.PARTICIPANT,
        self.token(),
        none,
        null);
    base(
        "GET /api/v1/participants/me/activity/replies", Role.PARTICIPANT, self.token(), none, null);
    base("GET /api/v1/notifications", Role.PARTICIPANT, self.token(), none, null);
    base("GET /api/v1/notifications/unread-count", Role.PARTICIPANT, self.token(), none, null);
    base("POST /api/v1/notifications/read", Role.PARTICIPANT, self.token(), none, null);
    base(
        "POST /api/v1/notifications/{id}/read",
        Role.PARTICIPANT,
        self.token(),
        Map.of("id", "1"),
        null);
    base(
        "GET /api/v1/participants/me/notifications/follows",
        Role.PARTICIPANT,
        self.token(),
        none,
        null);
    base(
        "GET /api/v1/participants/me/notifications/watches",
        Role.PARTICIPANT,
        self.token(),
        none,
        null);
    base(
        "PUT /api/v1/participants/me/notifications/watches",
        Role.PARTICIPANT,
        self.token(),
        none,
        Api.json(
            "areas", List.of("setagaya"), "districts", List.of("kyodo"), "policyAreas", List.of()));
    base(
        "GET /api/v1/participants/me/notifications/settings",
        Role.PARTICIPANT,
        self.token(),
        none,
        null);
    base(
        "PUT /api/v1/participants/me/notifications/settings",
        Role.PARTICIPANT,
        self.token(),
        none,
        "{\"preferences\":[{\"kind\":\"reply\",\"channel\":\"email\",\"frequency\":\"instant\"}],"
            + "\"followOnComment\":true}");
    // the walk must not change the password or close the account: the current one is wrong
    base(
        "PUT /api/v1/participants/me/password",
        Role.PARTICIPANT,
        self.token(),
        none,
        Api.json("currentPassword", "not the password", "newPassword", "another long phrase"));
    base(
        "POST /api/v1/participants/me/withdrawal",
        Role.PARTICIPANT,
        self.token(),
        none,
        Api.json("password", "not the password"));
    base(
        "GET /api/v1/participants/{id}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", String.valueOf(target.id())),
        null);
    base(
        "PUT /api/v1/participants/{id}/roles",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", String.valueOf(target.id())),
        Api.json("roles", List.of(), "reason", "敵対的な入力のテスト"));
    base("GET /api/v1/policy-areas", Role.ANONYMOUS, anyone, none, null);
    base(
        "PUT /api/v1/policy-areas/{code}",
        Role.ADMINISTRATOR,
        admin,
        Map.of("code", "environment"),
        "{\"nameJa\":\"環境\",\"nameEn\":\"Environment\",\"sortOrder\":3,\"active\":true}");
    base("GET /api/v1/reference", Role.ANONYMOUS, anyone, none, null);
    base(
        "POST /api/v1/sanctions/participant/{participantId}",
        Role.MODERATOR,
        moderator,
        Map.of("participantId", String.valueOf(target.id())),
        Api.json("kind", "warn", "reason", "敵対的な入力のテスト"));
    base(
        "GET /api/v1/sanctions/participant/{participantId}",
        Role.MODERATOR,
        moderator,
        Map.of("participantId", String.valueOf(target.id())),
        null);
    base(
        "POST /api/v1/sanctions/{id}/lift",
        Role.MODERATOR,
        moderator,
        Map.of("id", String.valueOf(sanction)),
        Api.json("reason", "解除します"));
    base("GET /api/v1/search", Role.ANONYMOUS, anyone, none, null);
    base("GET /api/v1/admin/search-index", Role.ADMINISTRATOR, admin, none, null);
    base("POST /api/v1/admin/search-index/rebuild", Role.ADMINISTRATOR, admin, none, "");
    base("GET /api/v1/stats/dashboard", Role.ADMINISTRATOR, admin, none, null);
    base("POST /api/v1/stats/snapshots/run", Role.ADMINISTRATOR, admin, none, "");
    base("GET /api/v1/stats/tables/{id}", Role.ADMINISTRATOR, admin, Map.of("id", "funnel"), null);
    base(
        "GET /api/v1/stats/tables/{id}.csv",
        Role.ADMINISTRATOR,
        admin,
        Map.of("id", "funnel"),
        null);
    base("GET /api/v1/stats/topics/{id}", Role.STAFF, staff, t, null);
    base("GET /api/v1/topics/{id}/opinion-groups", Role.STAFF, staff, t, null);
    base("POST /api/v1/topics/{id}/opinion-groups", Role.STAFF, staff, t, "");
    base("GET /api/v1/topics/{id}/results-document", Role.STAFF, staff, t, null);
    base(
        "GET /api/v1/topics/{id}/results-document.{format}",
        Role.STAFF,
        staff,
        Map.of("id", t.get("id"), "format", "csv"),
        null);
    base(
        "PUT /api/v1/topics/{id}/results-document",
        Role.STAFF,
        staff,
        t,
        "{\"version\":0,\"introduction\":\"はじめに\",\"entries\":[{\"keyPointId\":null,"
            + "\"summary\":\"概要\",\"wardView\":\"考え方\"}]}");
    base(
        "POST /api/v1/topics/{id}/results-document/publish",
        Role.STAFF,
        staff,
        t,
        Api.json("version", 0));
    base(
        "POST /api/v1/topics/{id}/results-document/withdraw",
        Role.STAFF,
        staff,
        t,
        Api.json("version", 0));
    base("GET /api/v1/stats/topics/{id}/comments.csv", Role.STAFF, staff, t, null);
    base("POST /api/v1/topics", Role.STAFF, staff, none, Forum.topicJson("敵対的な入力", "本文"));
    base("GET /api/v1/topics", Role.ANONYMOUS, anyone, none, null);
    base(
        "PUT /api/v1/topics/{id}",
        Role.STAFF,
        staff,
        t,
        Forum.topicJson("敵対的な入力の議題", "本文").replace("}", ",\"version\":" + topicVersion + "}"));
    base("GET /api/v1/topics/{id}", Role.ANONYMOUS, anyone, t, null);
    base("POST /api/v1/topics/{id}/archival", Role.STAFF, staff, t, null);
    base("POST /api/v1/topics/{id}/closure", Role.STAFF, staff, t, null);
    base("PUT /api/v1/topics/{id}/premoderation", Role.STAFF, staff, t, Api.json("enabled", false));
    base("POST /api/v1/topics/{id}/publication", Role.STAFF, staff, t, null);
    base(
        "POST /api/v1/topics/{id}/reports",
        Role.PARTICIPANT,
        replier.token(),
        t,
        Api.json("reason", "spam", "text", "宣伝です"));
    base(
        "PUT /api/v1/topics/{id}/response",
        Role.STAFF,
        staff,
        t,
        Api.json("status", "received", "body", "受け付けました。"));
    base("GET /api/v1/topics/{id}/response", Role.ANONYMOUS, anyone, t, null);
    base(
        "GET /api/v1/topics/{topicId}/follow",
        Role.PARTICIPANT,
        self.token(),
        Map.of("topicId", String.valueOf(topic)),
        null);
    base(
        "PUT /api/v1/topics/{topicId}/follow",
        Role.PARTICIPANT,
        self.token(),
        Map.of("topicId", String.valueOf(topic)),
        null);
    base(
        "DELETE /api/v1/topics/{topicId}/follow",
        Role.PARTICIPANT,
        self.token(),
        Map.of("topicId", String.valueOf(topic)),
        null);
    base(
        "POST /api/v1/topics/{topicId}/comments",
        Role.PARTICIPANT,
        author.token(),
        Map.of("topicId", String.valueOf(topic)),
        Api.json("body", "意見です", "stance", "agree"));
    base(
        "GET /api/v1/topics/{topicId}/comments",
        Role.ANONYMOUS,
        anyone,
        Map.of("topicId", String.valueOf(topic)),
        null);
    notificationBases(topic);
    proxyBases(topic, staff);
    keyPointBases(topic, comment);
  }

  /** Opinions received outside the web, entered by staff (issue 17). */
  private static void proxyBases(long topic, String staff) {
    Map<String, String> on = Map.of("topicId", String.valueOf(topic));
    base(
        "POST /api/v1/topics/{topicId}/proxy-opinions",
        Role.STAFF,
        staff,
        on,
        Api.json(
            "channel",
            "paper",
            "receivedOn",
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString(),
            "place",
            "三軒茶屋まちづくりセンター",
            "body",
            "紙で寄せられた意見です",
            "ageBand",
            "70s",
            "districtCode",
            "taishido",
            "relation",
            "resident"));
    base("GET /api/v1/topics/{topicId}/proxy-opinions", Role.STAFF, staff, on, null);
    // a text/csv body: the walk's JSON bodies are refused (415); ProxyImportIT sends hostile files
    base("POST /api/v1/topics/{topicId}/proxy-opinions/import", Role.STAFF, staff, on, "");
  }

  /** Key points (issue 17): the list, extraction, writing, changing, merging and deleting. */
  private static void keyPointBases(long topic, long comment) {
    String staff = TOKENS.get(Role.STAFF);
    Map<String, String> t = Map.of("id", String.valueOf(topic));
    JsonObject changed = keyPoint(topic, "敵対的な入力で変える論点", staff);
    JsonObject into = keyPoint(topic, "敵対的な入力の統合先", staff);
    JsonObject merged = keyPoint(topic, "敵対的な入力で統合される論点", staff);
    JsonObject deleted = keyPoint(topic, "敵対的な入力で消す論点", staff);
    base("GET /api/v1/topics/{id}/key-points", Role.ANONYMOUS, null, t, null);
    base("POST /api/v1/topics/{id}/key-points/extract", Role.STAFF, staff, t, "");
    base(
        "POST /api/v1/topics/{id}/key-points",
        Role.STAFF,
        staff,
        t,
        "{\"label\":\"敵対的な入力で書く論点\",\"commentIds\":[" + comment + "]}");
    base(
        "PATCH /api/v1/key-points/{id}",
        Role.STAFF,
        staff,
        Map.of("id", String.valueOf(changed.getJsonNumber("id").longValue())),
        "{\"version\":"
            + changed.getJsonNumber("version").longValue()
            + ",\"label\":\"敵対的な入力で変えた論点\",\"status\":\"approved\",\"sortOrder\":1,"
            + "\"addCommentIds\":["
            + comment
            + "],\"removeCommentIds\":[]}");
    base(
        "POST /api/v1/key-points/{id}/merge",
        Role.STAFF,
        staff,
        Map.of("id", String.valueOf(into.getJsonNumber("id").longValue())),
        "{\"from\":"
            + merged.getJsonNumber("id").longValue()
            + ",\"version\":"
            + into.getJsonNumber("version").longValue()
            + ",\"fromVersion\":"
            + merged.getJsonNumber("version").longValue()
            + "}");
    base(
        "DELETE /api/v1/key-points/{id}",
        Role.STAFF,
        staff,
        Map.of("id", String.valueOf(deleted.getJsonNumber("id").longValue())),
        null);
  }

  private static JsonObject keyPoint(long topic, String label, String staff) {
    Api.Reply r =
        Api.post("/api/v1/topics/" + topic + "/key-points", Api.json("label", label), staff);
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  /** Notifications (issue 13): the list and read marks, follows, watches and settings. */
  private static void notificationBases(long topic) {
    String me = TOKENS.get(Role.PARTICIPANT);
    Map<String, String> none = Map.of();
    Map<String, String> followed = Map.of("topicId", String.valueOf(topic));
    base("GET /api/v1/notifications", Role.PARTICIPANT, me, none, null);
    base("GET /api/v1/notifications/unread-count", Role.PARTICIPANT, me, none, null);
    base("POST /api/v1/notifications/read", Role.PARTICIPANT, me, none, null);
    base("POST /api/v1/notifications/{id}/read", Role.PARTICIPANT, me, Map.of("id", "1"), null);
    base("GET /api/v1/topics/{topicId}/follow", Role.PARTICIPANT, me, followed, null);
    base("PUT /api/v1/topics/{topicId}/follow", Role.PARTICIPANT, me, followed, null);
    base("DELETE /api/v1/topics/{topicId}/follow", Role.PARTICIPANT, me, followed, null);
    base("GET /api/v1/participants/me/notifications/follows", Role.PARTICIPANT, me, none, null);
    base("GET /api/v1/participants/me/notifications/watches", Role.PARTICIPANT, me, none, null);
    base(
        "PUT /api/v1/participants/me/notifications/watches",
        Role.PARTICIPANT,
        me,
        none,
        Api.json("areas", List.of(), "districts", List.of("kyodo"), "policyAreas", List.of()));
    base("GET /api/v1/participants/me/notifications/settings", Role.PARTICIPANT, me, none, null);
    base(
        "PUT /api/v1/participants/me/notifications/settings",
        Role.PARTICIPANT,
        me,
        none,
        "{\"preferences\":[{\"kind\":\"reply\",\"channel\":\"site\",\"frequency\":\"daily\"}],"
            + "\"followOnComment\":true}");
  }

  private static String templateJson(Long version) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("action", "dismiss")
            .add("reason", "spam")
            .add("titleJa", "敵対的な入力の定型文")
            .add("titleEn", "Hostile input template")
            .add("textJa", "問題は見つかりませんでした。")
            .add("textEn", "No problem was found.")
            .add("active", false);
    if (version != null) {
      b.add("version", version);
    }
    return b.build().toString();
  }

  private static void base(
      String key, Role owner, String token, Map<String, String> path, String body) {
    BASES.put(key, new Base(owner, token, path, body));
  }

  /**
   * Every watched word and exception phrase the walk created is removed: a hostile value that
   * happens to be a valid word ("0", "a" …) would otherwise flag or hold the comments of every test
   * that runs later.
   */
  @AfterAll
  static void removeTheWatchedWordsAndExceptionsTheWalkAdded() {
    wordExceptionIds().stream()
        .filter(id -> !EXCEPTIONS_BEFORE.contains(id))
        .forEach(
            id ->
                Api.delete("/api/v1/moderation/watched-words/exceptions/" + id, Accounts.admin()));
    watchedWordIds().stream()
        .filter(id -> !WORDS_BEFORE.contains(id))
        .forEach(id -> Api.delete("/api/v1/moderation/watched-words/" + id, Accounts.admin()));
    reservedNameIds().stream()
        .filter(id -> !RESERVED_BEFORE.contains(id))
        .forEach(id -> Api.delete("/api/v1/reserved-names/" + id, Accounts.admin()));
  }

  private static final Set<Long> RESERVED_BEFORE = new java.util.HashSet<>();

  private static List<Long> reservedNameIds() {
    return Api.get("/api/v1/reserved-names", Accounts.admin()).array().stream()
        .map(JsonValue::asJsonObject)
        .map(w -> w.getJsonNumber("id").longValue())
        .toList();
  }

  private static final Set<Long> WORDS_BEFORE = new java.util.HashSet<>();
  private static final Set<Long> EXCEPTIONS_BEFORE = new java.util.HashSet<>();

  private static List<Long> watchedWordIds() {
    return ids("/api/v1/moderation/watched-words");
  }

  private static List<Long> wordExceptionIds() {
    return ids("/api/v1/moderation/watched-words/exceptions");
  }

  private static List<Long> ids(String path) {
    return Api.get(path, Accounts.admin()).array().stream()
        .map(JsonValue::asJsonObject)
        .map(w -> w.getJsonNumber("id").longValue())
        .toList();
  }

  // --- the walk -------------------------------------------------------------------------------

  @Test
  void noInputAnywhereInTheApiIsAServerError() throws Exception {
    List<Operation> operations = operations();
    Set<String> unknown = new LinkedHashSet<>();
    for (Operation op : operations) {
      if (!BASES.containsKey(op.key())) {
        unknown.add(op.key());
      }
    }
    assertTrue(unknown.isEmpty(), "operations the walk has no values for: " + unknown);
    assertTrue(operations.size() >= 60, "the OpenAPI document lists " + operations.size());

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Operation op : operations) {
        Base base = BASES.get(op.key());
        runs.add(pool.submit(() -> walk(op, base, base.owner(), base.token(), true)));
        for (Role role : Role.values()) {
          if (role != base.owner() && !op.headerParam()) {
            runs.add(pool.submit(() -> walk(op, base, role, TOKENS.get(role), false)));
          }
        }
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("Hostile walk: " + SENT.get() + " requests, statuses " + STATUSES);
    System.out.println("Hostile walk: the owners' valid requests answered " + BASE_ANSWERS);
    assertTrue(
        FAILURES.isEmpty(),
        FAILURES.size()
            + " of "
            + SENT.get()
            + " requests failed:\n"
            + String.join("\n", FAILURES.subList(0, Math.min(40, FAILURES.size()))));
  }

  /** Every variant of one operation for one role, in order (some change what the next sees). */
  private static void walk(Operation op, Base base, Role role, String bearer, boolean full) {
    String who = role.name().toLowerCase();
    String token = bearer == null ? null : "Bearer " + bearer;
    boolean changesWithoutBody = !op.method().equals("GET") && base.body() == null;
    boolean baseOk = false;
    if (!changesWithoutBody && !op.headerParam()) {
      Attempt plain =
          new Attempt(
              op.key() + " as " + who,
              op.method(),
              path(op, base.path(), null, null),
              token,
              base.body() == null ? null : "application/json",
              bytes(base.body()),
              null);
      int status = check(plain, false);
      baseOk = status >= 200 && status < 300;
      if (full) {
        BASE_ANSWERS.put(op.key(), status);
      }
    }
    // path parameters: impossible ids and malformed segments; never the valid one alone for a
    // write without a body (publication, closure, deletion …)
    List<String> pathValues = full ? PATH_VALUES : List.of("0", "abc", "%00");
    for (String name : op.pathParams()) {
      for (String value : pathValues) {
        if (op.headerParam()) {
          continue;
        }
        check(
            new Attempt(
                op.key() + " as " + who + " with path " + name + "=" + shorten(value),
                op.method(),
                path(op, base.path(), name, value),
                token,
                base.body() == null ? null : "application/json",
                bytes(base.body()),
                null),
            false);
      }
    }
    if (op.headerParam()) {
      for (String header :
          List.of("Bearer x", "Bearer " + "a".repeat(300), "Basic abc", "Bearer")) {
        check(
            new Attempt(
                op.key() + " with Authorization " + shorten(header),
                op.method(),
                path(op, base.path(), null, null),
                header,
                null,
                null,
                null),
            false);
      }
    }
    if (changesWithoutBody) {
      return;
    }
    List<String> queryValues = full ? QUERY_VALUES : List.of("%00", "%ff", "-1");
    for (String name : op.queryParams()) {
      for (String value : queryValues) {
        String query = name + "=" + value;
        check(
            new Attempt(
                op.key() + " as " + who + " with ?" + shorten(query),
                op.method(),
                path(op, base.path(), null, null) + "?" + query,
                token,
                base.body() == null ? null : "application/json",
                bytes(base.body()),
                name),
            baseOk);
      }
    }
    if (base.body() == null || base.body().isEmpty()) {
      return;
    }
    JsonObject valid = Json.createReader(new StringReader(base.body())).readObject();
    Set<String> fields = new LinkedHashSet<>(op.bodyFields());
    fields.addAll(valid.keySet());
    List<String> jsonValues = full ? JSON_VALUES : List.of("null", "\"\\u0000\"", "1e30");
    for (String field : fields) {
      for (String value : jsonValues) {
        check(
            jsonAttempt(
                op, base, who, token, with(valid, field, value), field + "=" + value, field),
            baseOk);
      }
    }
    for (Map.Entry<String, byte[]> body : wholeBodies(valid, fields, full).entrySet()) {
      String label = body.getKey();
      String field =
          label.startsWith("unknown")
              ? "zzz"
              : label.startsWith("nested") ? "a" : label.startsWith("body:") ? "body" : null;
      check(
          new Attempt(
              op.key() + " as " + who + " with " + label,
              op.method(),
              path(op, base.path(), null, null),
              token,
              label.startsWith("type:") ? label.substring(5) : "application/json",
              body.getValue(),
              field),
          baseOk);
    }
  }

  private static Attempt jsonAttempt(
      Operation op, Base base, String who, String token, String body, String label, String field) {
    return new Attempt(
        op.key() + " as " + who + " with " + shorten(label),
        op.method(),
        path(op, base.path(), null, null),
        token,
        "application/json",
        bytes(body),
        field);
  }

  /** The valid object with one field's value replaced by raw JSON. */
  private static String with(JsonObject valid, String field, String rawValue) {
    Map<String, String> members = new LinkedHashMap<>();
    valid.forEach((k, v) -> members.put(k, v.toString()));
    members.put(field, rawValue);
    StringBuilder json = new StringBuilder("{");
    members.forEach(
        (k, v) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(Json.createValue(k)).append(':').append(v);
        });
    return json.append('}').toString();
  }

  /** Bodies that are wrong as a whole; "body:" ones must name the body, "type:" set the type. */
  private static Map<String, byte[]> wholeBodies(
      JsonObject valid, Set<String> fields, boolean full) {
    String json = valid.toString();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("body: empty", new byte[0]);
    bodies.put("body: null", bytes("null"));
    bodies.put("body: array", bytes("[" + json + "]"));
    if (!full) {
      return bodies;
    }
    bodies.put("body: malformed", bytes("{\"" + fields.iterator().next() + "\":"));
    bodies.put("body: trailing garbage", bytes(json + " garbage"));
    bodies.put("body: two objects", bytes(json + json));
    byte[] broken = bytes("{\"" + fields.iterator().next() + "\":\"ab\"}");
    broken[broken.length - 4] = (byte) 0xC3;
    broken[broken.length - 3] = (byte) 0x28;
    bodies.put("body: malformed UTF-8", broken);
    bodies.put("body: UTF-16", json.getBytes(StandardCharsets.UTF_16));
    bodies.put("body: byte-order mark", bytes("\uFEFF" + json));
    bodies.put("nested too deeply", bytes("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"));
    bodies.put("unknown field", bytes(json.substring(0, json.length() - 1) + ",\"zzz\":1}"));
    bodies.put(
        "huge unknown field",
        bytes("{\"zzz\":\"" + "a".repeat(300_000) + "\"," + json.substring(1)));
    bodies.put("empty object", bytes("{}"));
    StringBuilder nulls = new StringBuilder("{");
    for (String f : fields) {
      nulls.append(nulls.length() > 1 ? "," : "").append(Json.createValue(f)).append(":null");
    }
    bodies.put("every field null", bytes(nulls.append('}').toString()));
    bodies.put("type:text/plain", bytes(json));
    bodies.put("type:application/x-www-form-urlencoded", bytes("a=b&c=%00"));
    bodies.put("type:application/json; charset=ISO-8859-1", bytes(json));
    bodies.put("type:", bytes(json));
    return bodies;
  }

  private static String path(
      Operation op, Map<String, String> values, String name, String hostile) {
    Matcher m = TEMPLATE_PARAM.matcher(op.template());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String param = m.group(1);
      String value = param.equals(name) ? hostile : values.get(param);
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }

  /** Sends the attempt and records what is wrong with the answer; returns the status. */
  private static int check(Attempt a, boolean baseOk) {
    SENT.incrementAndGet();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(KyodoServer.baseUrl() + a.pathAndQuery()))
            .timeout(Duration.ofSeconds(60));
    if (a.authorization() != null) {
      b.header("Authorization", a.authorization());
    }
    if (a.contentType() != null && !a.contentType().isEmpty()) {
      b.header("Content-Type", a.contentType());
    }
    b.method(
        a.method(),
        a.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(a.body()));
    HttpResponse<String> r;
    try {
      r = send(b.build());
    } catch (java.io.IOException e) {
      FAILURES.add(a.label() + ": " + e);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    int status = r.statusCode();
    STATUSES.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
    String body = r.body();
    if (status >= 500) {
      FAILURES.add(a.label() + ": " + status + " " + shorten(body));
      return status;
    }
    if (status < 400) {
      return status;
    }
    if (isContainerRefusal(a, r)) {
      return status;
    }
    String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    if (!type.equals("application/problem+json")) {
      FAILURES.add(a.label() + ": " + status + " as " + type + " " + shorten(body));
      return status;
    }
    JsonObject problem;
    try {
      problem = Json.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException e) {
      FAILURES.add(a.label() + ": " + status + " unreadable problem " + shorten(body));
      return status;
    }
    if (problem.getInt("status", -1) != status
        || !CODE.matcher(problem.getString("code", "")).matches()
        || problem.getString("title", "").isBlank()
        || problem.getString("detail", "").isBlank()) {
      FAILURES.add(a.label() + ": malformed problem " + shorten(body));
    }
    if (status == 400 && a.field() != null && baseOk) {
      List<String> named =
          problem.containsKey("errors")
              ? problem.getJsonArray("errors").stream()
                  .map(v -> v.asJsonObject().getString("field"))
                  .toList()
              : List.of();
      if (!named.contains(a.field())) {
        FAILURES.add(a.label() + ": 400 names " + named + ", not " + a.field());
      }
    }
    return status;
  }

  /**
   * Sends once more when the server had closed the pooled connection before reading the request (it
   * closes it after refusing a request it would not read to the end).
   */
  private static HttpResponse<String> send(HttpRequest request)
      throws java.io.IOException, InterruptedException {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      if (String.valueOf(e.getMessage()).contains("received no bytes")) {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      }
      throw e;
    }
  }

  /**
   * Requests the container refuses before the application sees them, with an empty 400: a request
   * line over its 8 KiB limit, and a path with an encoded NUL or bytes that are not UTF-8.
   */
  private static boolean isContainerRefusal(Attempt a, HttpResponse<String> r) {
    String path = a.pathAndQuery().split("\\?")[0].toLowerCase();
    boolean refusedPath =
        path.contains("%00") || path.contains("%ff") || path.contains("%ed%a0%80");
    return r.statusCode() == 400
        && r.body().isEmpty()
        && (a.pathAndQuery().length() > 8000 || refusedPath);
  }

  // --- the OpenAPI document -------------------------------------------------------------------

  private static List<Operation> operations() {
    Api.Reply doc =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET());
    assertEquals(200, doc.status(), doc.body());
    JsonObject openapi = doc.json();
    JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
    List<Operation> ops = new ArrayList<>();
    openapi
        .getJsonObject("paths")
        .forEach(
            (template, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) ->
                            ops.add(
                                operation(
                                    method.toUpperCase(),
                                    template,
                                    operation.asJsonObject(),
                                    schemas))));
    return ops;
  }

  private static Operation operation(
      String method, String template, JsonObject op, JsonObject schemas) {
    List<String> path = new ArrayList<>();
    List<String> query = new ArrayList<>();
    boolean header = false;
    for (JsonValue p :
        op.getJsonArray("parameters") == null
            ? List.<JsonValue>of()
            : op.getJsonArray("parameters")) {
      JsonObject param = p.asJsonObject();
      switch (param.getString("in")) {
        case "path" -> path.add(param.getString("name"));
        case "query" -> query.add(param.getString("name"));
        case "header" -> header = true;
        default -> {}
      }
    }
    Set<String> fields = new LinkedHashSet<>();
    if (op.containsKey("requestBody")) {
      op.getJsonObject("requestBody")
          .getJsonObject("content")
          .values()
          .forEach(
              content -> {
                String ref = content.asJsonObject().getJsonObject("schema").getString("$ref", "");
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                JsonObject schema = schemas.getJsonObject(name);
                if (schema != null && schema.containsKey("properties")) {
                  fields.addAll(schema.getJsonObject("properties").keySet());
                }
              });
    }
    return new Operation(method, template, path, query, header, fields);
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static String shorten(String s) {
    return s == null ? "" : s.length() <= 160 ? s : s.substring(0, 160) + "…";
  }
}
