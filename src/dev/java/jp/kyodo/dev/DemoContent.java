package jp.kyodo.dev;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic Japanese demo content for a first look ({@code KYODO_DEMO_CONTENT=true ./kyodo run}):
 * residents, a staff member and a moderator; topics in several policy areas and districts; threads
 * with replies and reactions; a published 区の考え方; a comment held in the moderation queue. It is
 * written through the public API, so every rule (validation, counters, moderation) applies as for
 * real use. It runs only when no participant but administrators exists.
 */
public final class DemoContent {
  /** The password of every demo account, printed for the newcomer. */
  public static final String PASSWORD = "demo-passphrase-2026";

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String admin;

  private DemoContent(String baseUrl, String adminToken) {
    this.base = baseUrl + "/api/v1";
    this.admin = adminToken;
  }

  /** A demo person: e-mail, display name, district, age band. */
  private record Person(String key, String name, String area, String district, String age) {}

  /**
   * Seeds the content and returns a summary to print. The caller checks first that the database has
   * no participant but administrators (see {@link #isEmpty}).
   */
  public static String seed(String baseUrl, String adminEmail, String adminPassword)
      throws IOException, InterruptedException {
    DemoContent demo = new DemoContent(baseUrl, null);
    JsonObject token =
        demo.call(
            "POST",
            "/auth/token",
            Json.createObjectBuilder().add("email", adminEmail).add("password", adminPassword),
            null,
            201);
    demo = new DemoContent(baseUrl, token.getString("token"));
    return demo.seed();
  }

  /** True when no participant but administrators exists: demo content is never mixed with real. */
  public static boolean isEmpty(java.sql.Connection db) throws java.sql.SQLException {
    try (var st = db.createStatement();
        var rs =
            st.executeQuery(
                "select count(*) from participant p where not exists (select 1 from"
                    + " participant_role r where r.participant_id = p.id"
                    + " and r.role = 'administrator')")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }

  private String seed() throws IOException, InterruptedException {
    List<Person> people =
        List.of(
            new Person("hanako", "はなこ", "setagaya", "taishido", "40s"),
            new Person("taro", "たろう", "setagaya", "kyodo", "30s"),
            new Person("sancha", "三茶の父", "setagaya", "taishido", "40s"),
            new Person("kinuta", "砧の学生", "kinuta", "kinuta", "20s"),
            new Person("karasuyama", "烏山のばあば", "karasuyama", "karasuyama", "70s"),
            new Person("futako", "二子玉のランナー", "tamagawa", "futakotamagawa", "50s"),
            new Person("shimokita", "下北のバンドマン", "kitazawa", "kitazawa", "20s"),
            new Person("staff", "環境計画課 担当", "setagaya", null, "40s"),
            new Person("moderator", "運用チーム A", null, null, null));
    List<String> tokens = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (Person p : people) {
      long id = register(p);
      ids.add(id);
      tokens.add(signIn(p));
    }
    role(ids.get(7), "staff");
    role(ids.get(8), "moderator");
    String staff = signIn(people.get(7));
    String hanako = tokens.get(0);
    String taro = tokens.get(1);

    long parks =
        topic(
            staff,
            "身近な公園をもっと使いやすくするには",
            "区内の公園について、使いやすくするためのアイデアを募集します。\n\n"
                + "- 遊具や休憩場所\n- 夜間の照明\n- ボール遊びのルール\n\n"
                + "| 地域 | 公園の数 |\n|---|---:|\n| 世田谷 | 62 |\n| 北沢 | 38 |\n| 玉川 | 71 |",
            "environment",
            null,
            null,
            "みどり33推進担当部 公園緑地課",
            30);
    long bikes =
        topic(
            staff,
            "三軒茶屋駅周辺の自転車駐車場",
            "三軒茶屋駅周辺の放置自転車と駐輪場の使い方について、ご意見をお聞かせください。",
            "town-transport",
            "setagaya",
            "taishido",
            "道路・交通計画部 交通安全自転車課",
            10);
    long youth =
        topic(
            staff,
            "中高生の居場所づくり",
            "放課後や休日に中高生が安心して過ごせる場所について、当事者の皆さんの声を聞かせてください。",
            "children-youth",
            null,
            null,
            "子ども・若者部 若者支援課",
            45);
    long dx =
        topic(
            staff,
            "区の手続きのオンライン化",
            "窓口に来なくてもできる手続きを増やしています。使いにくい点、増やしてほしい手続きを教えてください。",
            "governance-dx",
            null,
            null,
            "DX推進担当部 DX推進担当課",
            3);

    long o1 = post(hanako, parks, "子どもが小さいので、日陰のベンチがもっとあると助かります。", "agree");
    long r1 = reply(taro, o1, "同感です。夏場は特に、木陰のある場所に集まっています。");
    reply(tokens.get(4), r1, "年寄りにもベンチは大事です。背もたれのあるものだとうれしいです。");
    long o2 = post(tokens.get(5), parks, "早朝に走っていますが、照明が暗い区間があって少し怖いです。", "question");
    reply(tokens.get(0), o2, "砧公園の西側ですか？あそこは確かに暗いですね。");
    post(tokens.get(6), parks, "ボール遊びができる時間帯を決めてもらえると、みんなが使いやすいと思います。", "neutral");
    long o3 = post(tokens.get(2), bikes, "駅前の駐輪場がいつも満車です。一時利用の枠を増やしてほしい。", "agree");
    reply(taro, o3, "平日の朝は本当に停められません。");
    post(tokens.get(3), youth, "図書館の学習スペースを夜まで開けてもらえると、家で勉強しにくい人が助かります。", "agree");
    post(tokens.get(6), youth, "音楽の練習ができる部屋が安く借りられるとうれしいです。", "agree");
    post(hanako, dx, "保育園の申込みをオンラインでできるようにしてほしいです。", "agree");
    post(tokens.get(4), dx, "オンラインだけになると困る人もいるので、窓口も残してください。", "oppose");

    for (int i = 1; i < 7; i++) {
      react(tokens.get(i), o1, i == 6 ? "disagree" : "agree");
    }
    react(tokens.get(0), o3, "agree");
    react(tokens.get(1), o2, "agree");

    call(
        "PUT",
        "/topics/" + dx + "/response",
        Json.createObjectBuilder()
            .add("status", "partially_adopted")
            .add(
                "body",
                "## 区の考え方\n\n"
                    + "いただいたご意見を受け、保育園の入園申込みを来年度からオンラインでも受け付けます。"
                    + "窓口での申込みも引き続き受け付けます。"),
        staff,
        200);

    call(
        "PUT",
        "/topics/" + bikes + "/premoderation",
        Json.createObjectBuilder().add("enabled", true),
        staff,
        200);
    post(tokens.get(5), bikes, "駐輪場の管理会社の対応が悪いので、担当者を替えるべきだと思います。", null);

    return "Demo content: "
        + people.size()
        + " participants (password "
        + PASSWORD
        + ", e-mail demo-<name>@kyodo.localhost: hanako, taro, staff, moderator …), 4 topics,"
        + " threads with replies and reactions, a 区の考え方, and a comment held in the queue.";
  }

  private long register(Person p) throws IOException, InterruptedException {
    String email = "demo-" + p.key() + "@kyodo.localhost";
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("displayName", p.name())
            .add("acceptedTermsVersion", "2026-04-01")
            .add("acceptedPrivacyVersion", "2026-04-01")
            .add("relation", "resident");
    if (p.area() != null) {
      body.add("areaCode", p.area());
    }
    if (p.district() != null) {
      body.add("districtCode", p.district());
    }
    if (p.age() != null) {
      body.add("ageBand", p.age());
    }
    long id = call("POST", "/participants", body, null, 201).getJsonNumber("id").longValue();
    JsonArray mails = array("/outbox?recipient=" + email, admin);
    Matcher m = TOKEN.matcher(mails.getJsonObject(0).getString("body"));
    if (!m.find()) {
      throw new IllegalStateException("no confirmation link mailed to " + email);
    }
    call(
        "POST",
        "/auth/email-confirmation",
        Json.createObjectBuilder().add("token", java.net.URLDecoder.decode(m.group(1), "UTF-8")),
        null,
        204);
    return id;
  }

  private String signIn(Person p) throws IOException, InterruptedException {
    return call(
            "POST",
            "/auth/token",
            Json.createObjectBuilder()
                .add("email", "demo-" + p.key() + "@kyodo.localhost")
                .add("password", PASSWORD),
            null,
            201)
        .getString("token");
  }

  private void role(long id, String role) throws IOException, InterruptedException {
    call(
        "PUT",
        "/participants/" + id + "/roles",
        Json.createObjectBuilder()
            .add("roles", Json.createArrayBuilder().add(role))
            .add("reason", "デモ用のアカウント"),
        admin,
        200);
  }

  private long topic(
      String staff,
      String title,
      String body,
      String policyArea,
      String area,
      String district,
      String department,
      int daysOpen)
      throws IOException, InterruptedException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("title", title)
            .add("body", body)
            .add("policyArea", policyArea)
            .add("department", department)
            .add("opensAt", now.minusDays(1).toString())
            .add("closesAt", now.plusDays(daysOpen).toString());
    json.add("scopeArea", area == null ? JsonValue.NULL : Json.createValue(area));
    json.add("scopeDistrict", district == null ? JsonValue.NULL : Json.createValue(district));
    long id = call("POST", "/topics", json, staff, 201).getJsonNumber("id").longValue();
    call("POST", "/topics/" + id + "/publication", null, staff, 200);
    return id;
  }

  private long post(String token, long topic, String body, String stance)
      throws IOException, InterruptedException {
    JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
    if (stance != null) {
      json.add("stance", stance);
    }
    return call("POST", "/topics/" + topic + "/comments", json, token, 201)
        .getJsonNumber("id")
        .longValue();
  }

  private long reply(String token, long comment, String body)
      throws IOException, InterruptedException {
    return call(
            "POST",
            "/comments/" + comment + "/replies",
            Json.createObjectBuilder().add("body", body),
            token,
            201)
        .getJsonNumber("id")
        .longValue();
  }

  private void react(String token, long comment, String kind)
      throws IOException, InterruptedException {
    call(
        "PUT",
        "/comments/" + comment + "/reaction",
        Json.createObjectBuilder().add("kind", kind),
        token,
        200);
  }

  private JsonArray array(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> r = send("GET", path, null, token);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " → " + r.statusCode() + " " + r.body());
    }
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray();
    }
  }

  private JsonObject call(
      String method, String path, JsonObjectBuilder body, String token, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> r = send(method, path, body, token);
    if (r.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " → " + r.statusCode() + " " + r.body());
    }
    if (r.body().isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  private HttpResponse<String> send(
      String method, String path, JsonObjectBuilder body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body.build().toString()));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
