package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opinions received outside the web, entered by staff on the person's behalf (issue 17): shown with
 * their provenance instead of a name, screened and counted like web opinions, counted by channel,
 * audited, refused to the wrong people and for wrong input, written once per Idempotency-Key.
 */
@ExtendWith(KyodoServer.class)
class ProxyEntryIT {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  static String path(long topic) {
    return "/api/v1/topics/" + topic + "/proxy-opinions";
  }

  static LocalDate today() {
    return LocalDate.now(TOKYO);
  }

  /** A paper opinion received today, with the given fields replaced or added. */
  static String entry(String body, Object... more) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("channel", "paper");
    fields.put("receivedOn", today().toString());
    fields.put("place", "三軒茶屋まちづくりセンター");
    fields.put("body", body);
    for (int i = 0; i < more.length; i += 2) {
      fields.put((String) more[i], more[i + 1]);
    }
    Object[] pairs = new Object[fields.size() * 2];
    int i = 0;
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      pairs[i++] = f.getKey();
      pairs[i++] = f.getValue();
    }
    return Api.json(pairs);
  }

  static JsonObject enter(long topic, String json) {
    Api.Reply r = Api.post(path(topic), json, Forum.staff().token());
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  static JsonObject topic(long id) {
    return Api.get("/api/v1/topics/" + id, null).json();
  }

  /** One comment's article on a thread page. */
  static String article(String html, long comment) {
    Matcher m = Pattern.compile("(?s)<article id=\"c" + comment + "\".*?</article>").matcher(html);
    assertTrue(m.find(), "comment " + comment + " is on the page");
    return m.group();
  }

  @Test
  void aPaperOpinionIsShownWithItsProvenanceNotAsStaff() {
    long topic = Forum.openTopic("代理入力の表示 " + UUID.randomUUID());
    // the anonymous thread page is kept for a moment: a new entry must still appear at once
    assertEquals(200, WebForms.get("/topic.xhtml?id=" + topic, null).status());
    int participantsBefore = topic(topic).getInt("participantCount");

    Api.Reply created =
        Api.post(
            path(topic),
            entry("公園にベンチを増やしてほしい。", "ageBand", "70s", "districtCode", "taishido"),
            Forum.staff().token());
    assertEquals(201, created.status(), created.body());
    JsonObject c = created.json();
    long id = Forum.id(c);
    assertTrue(
        created.header("Location").endsWith("/api/v1/comments/" + id),
        created.headers().toString());
    assertEquals("paper", c.getString("channel"));
    assertEquals("visible", c.getString("status"));
    assertEquals(today().toString(), c.getJsonObject("provenance").getString("receivedOn"));
    assertEquals("三軒茶屋まちづくりセンター", c.getJsonObject("provenance").getString("place"));
    JsonObject author = c.getJsonObject("author");
    assertFalse(author.getBoolean("staff"), "not a staff opinion");
    assertFalse(author.containsKey("id") && author.get("id") != JsonValue.NULL, author.toString());
    assertEquals("paper", author.getString("proxyChannel"));

    // counted in the topic's totals, but the proxy author is no participant
    JsonObject after = topic(topic);
    assertEquals(1, after.getInt("commentCount"));
    assertEquals(participantsBefore, after.getInt("participantCount"));

    // the thread API, as anyone reads it
    JsonObject item =
        Api.get("/api/v1/topics/" + topic + "/comments", null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment");
    assertEquals(id, Forum.id(item));
    assertEquals("paper", item.getString("channel"));
    assertEquals("三軒茶屋まちづくりセンター", item.getJsonObject("provenance").getString("place"));

    // the thread page: the provenance instead of a name, the day and place, no staff badge
    String html = WebForms.get("/topic.xhtml?id=" + topic, null).body();
    String article = article(html, id);
    assertTrue(article.contains("紙で寄せられた意見（区職員が代理入力）"), article);
    assertTrue(article.contains("受付日 " + SHOWN.format(today()) + "・三軒茶屋まちづくりセンター"), article);
    assertTrue(article.contains("公園にベンチを増やしてほしい。"), article);
    assertFalse(article.contains("badge--staff"), article);
    assertFalse(article.contains("退会したユーザー"), article);
    String english =
        article(WebForms.get("/topic.xhtml?id=" + topic + "&lang=en", null).body(), id);
    assertTrue(english.contains("Opinion received on paper (entered by ward staff)"), english);

    // participants react to it and reply to it like to any opinion
    Accounts.Participant reader = Accounts.confirmed("proxy-reader");
    Api.Reply agreed =
        Api.put("/api/v1/comments/" + id + "/reaction", Api.json("kind", "agree"), reader.token());
    assertEquals(200, agreed.status(), agreed.body());
    long reply = Forum.id(Forum.reply(id, "私も賛成です。", reader.token()));
    String thread = WebForms.get("/comment.xhtml?id=" + reply, null).body();
    assertTrue(thread.contains("さんから紙で寄せられた意見への返信"), thread);
    assertEquals(2, topic(topic).getInt("commentCount"));
  }

  @Test
  void everyChannelHasItsWords() {
    long topic = Forum.openTopic("受付方法の表示 " + UUID.randomUUID());
    Map<String, String> labels =
        Map.of(
            "post", "郵送で寄せられた意見（区職員が代理入力）",
            "phone", "電話で寄せられた意見（区職員が代理入力）",
            "workshop", "ワークショップで寄せられた意見（区職員が代理入力）",
            "counter", "窓口で寄せられた意見（区職員が代理入力）");
    Map<String, Long> ids = new java.util.HashMap<>();
    labels
        .keySet()
        .forEach(
            ch ->
                ids.put(
                    ch, Forum.id(enter(topic, entry(ch + " の意見", "channel", ch, "place", null)))));
    String html = WebForms.get("/topic.xhtml?id=" + topic, null).body();
    labels.forEach(
        (ch, label) -> {
          String article = article(html, ids.get(ch));
          assertTrue(article.contains(label), article);
          assertTrue(article.contains("受付日 " + SHOWN.format(today())), article);
        });
  }

  @Test
  void searchShowsHowItWasReceivedNeverAnAccount() throws Exception {
    long topic = Forum.openTopic("代理入力の検索 " + UUID.randomUUID());
    Accounts.Participant known = Accounts.confirmed("proxy-searched");
    String word = "代理検索語" + UUID.randomUUID().toString().substring(0, 6);
    long id =
        Forum.id(
            enter(topic, entry(word + "についての意見", "channel", "phone", "participantId", known.id())));
    SearchIT.within(
        java.time.Duration.ofSeconds(20),
        "the entry found",
        () -> SearchIT.comments(SearchIT.q(word)).contains(id));
    JsonObject author = SearchIT.items(SearchIT.q(word)).get(0).getJsonObject("author");
    assertEquals("phone", author.getString("proxyChannel"), author.toString());
    assertFalse(author.containsKey("id"), author.toString());
    assertFalse(author.containsKey("displayName"), author.toString());
    String page = WebForms.get("/search.xhtml?" + SearchIT.q(word), null).body();
    assertTrue(page.contains("電話で寄せられた意見（区職員が代理入力）"), page);

    // the participant it names finds it in their own data, without who entered it
    JsonObject export = Api.get("/api/v1/participants/me/export", known.token()).json();
    JsonObject entered = export.getJsonArray("enteredOnYourBehalf").getJsonObject(0);
    assertEquals(id, entered.getJsonNumber("commentId").longValue(), export.toString());
    assertEquals(word + "についての意見", entered.getString("body"));
    assertEquals("phone", entered.getString("channel"));
    assertEquals(today().toString(), entered.getString("receivedOn"));
    assertFalse(entered.containsKey("enteredBy"), entered.toString());
  }

  @Test
  void theEntryIsAuditedWithTheStaffMemberAsActor() {
    long topic = Forum.openTopic("代理入力の監査 " + UUID.randomUUID());
    long id = Forum.id(enter(topic, entry("監査される意見")));
    Api.Reply log =
        Api.get(
            "/api/v1/audit-log?action=comment.proxy_entry&targetType=comment&targetId=" + id,
            Accounts.admin());
    assertEquals(200, log.status(), log.body());
    JsonObject e = log.array().getJsonObject(0);
    assertEquals("comment.proxy_entry", e.getString("action"));
    assertEquals(Forum.staff().id(), e.getJsonNumber("actorId").longValue());
    assertTrue(e.getString("details").contains("channel=paper"), e.toString());
    Api.Reply csv =
        Api.get("/api/v1/audit-log/export.csv?action=comment.proxy_entry", Accounts.admin());
    assertTrue(csv.body().contains(",comment.proxy_entry,comment," + id + ","), csv.body());
  }

  @Test
  void personalInformationAndWatchedWordsHoldItForTheQueue() {
    long topic = Forum.openTopic("代理入力の確認 " + UUID.randomUUID());
    String word = "代理注意語" + UUID.randomUUID().toString().substring(0, 6);
    Moderation.watch(word, "hold");
    String blocked = "代理禁止語" + UUID.randomUUID().toString().substring(0, 6);
    Moderation.watch(blocked, "block");

    JsonObject phone = enter(topic, entry("連絡先は 090-1234-5678 です。"));
    assertEquals("held", phone.getString("status"));
    assertEquals("personal_info", phone.getString("moderationReason"));
    JsonObject myNumber = enter(topic, entry("マイナンバーは 1234-5678-9018 です。"));
    assertEquals("held", myNumber.getString("status"));
    JsonObject watched = enter(topic, entry("これは" + word + "を含む意見です。"));
    assertEquals("held", watched.getString("status"));
    assertEquals("watched_word", watched.getString("moderationReason"));

    Api.Reply refused =
        Api.post(path(topic), entry("これは" + blocked + "です。"), Forum.staff().token());
    assertEquals(400, refused.status(), refused.body());
    assertEquals(List.of("body"), refused.errorFields());

    // nothing held is public or counted
    assertEquals(0, topic(topic).getInt("commentCount"));
    assertEquals(
        0,
        Api.get("/api/v1/topics/" + topic + "/comments", null).json().getJsonArray("items").size());
    assertFalse(WebForms.get("/topic.xhtml?id=" + topic, null).body().contains("090-1234-5678"));
    Accounts.Participant moderator = Moderation.moderator("proxy-mod");
    Api.Reply cases = Api.get("/api/v1/moderation/cases", moderator.token());
    String queue = cases.body();
    for (JsonObject held : List.of(phone, watched)) {
      assertTrue(queue.contains("\"targetId\":" + Forum.id(held)), queue);
    }
    // the moderator sees where it came from; there is no author to look up or sanction
    long caseId =
        cases.array().getValuesAs(JsonObject.class).stream()
            .map(c -> c.getJsonObject("moderationCase"))
            .filter(c -> c.getJsonNumber("targetId").longValue() == Forum.id(phone))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String casePage =
        WebSession.signedIn(moderator.email(), Accounts.PASSWORD)
            .get("/moderation/case.xhtml?id=" + caseId)
            .body();
    assertTrue(casePage.contains("紙で寄せられた意見（区職員が代理入力）"), casePage);
    assertFalse(casePage.contains("sanctionForm"), "no sanction of the proxy author");
    assertFalse(casePage.contains("退会"), "not shown as a withdrawn participant");
  }

  @Test
  void rolesAndWrongInputAreRefusedWithTheField() {
    long topic = Forum.openTopic("代理入力の権限 " + UUID.randomUUID());
    String ok = entry("権限の確認");
    Api.Reply anonymous = Api.post(path(topic), ok, null);
    assertEquals(401, anonymous.status());
    assertEquals("application/problem+json", anonymous.mediaType());
    Accounts.Participant resident = Accounts.confirmed("proxy-resident");
    assertEquals(403, Api.post(path(topic), ok, resident.token()).status());
    assertEquals(404, Api.post(path(999_999_999L), ok, Forum.staff().token()).status());
    assertEquals(401, Api.get(path(topic), null).status());
    assertEquals(403, Api.get(path(topic), resident.token()).status());
    assertEquals(404, Api.get(path(999_999_999L), Forum.staff().token()).status());

    Map<String, Object[]> wrong =
        Map.of(
            "channel", new Object[] {"channel", "web"},
            "channel ", new Object[] {"channel", "fax"},
            "receivedOn", new Object[] {"receivedOn", "yesterday"},
            "receivedOn ", new Object[] {"receivedOn", today().plusDays(1).toString()},
            "receivedOn  ", new Object[] {"receivedOn", today().minusDays(40).toString()},
            "participantId", new Object[] {"participantId", 999_999_999L},
            "participantEmail",
                new Object[] {"participantEmail", "nobody-" + UUID.randomUUID() + "@example.jp"},
            "districtCode", new Object[] {"districtCode", "osaka"},
            "body", new Object[] {"body", null});
    wrong.forEach(
        (label, change) -> {
          Api.Reply r = Api.post(path(topic), entry("入力の誤り", change), Forum.staff().token());
          assertEquals(400, r.status(), label + " " + r.body());
          assertEquals(List.of(change[0]), r.errorFields(), label + " " + r.body());
        });
    // the participant who withdrew, or the proxy author, is no active participant
    Accounts.Participant quitter = Accounts.confirmed("proxy-quitter");
    Api.post(
        "/api/v1/participants/me/withdrawal",
        Api.json("password", Accounts.PASSWORD),
        quitter.token());
    Api.Reply gone =
        Api.post(path(topic), entry("退会者", "participantId", quitter.id()), Forum.staff().token());
    assertEquals(List.of("participantId"), gone.errorFields(), gone.body());

    // a draft takes none (422, named); an administrator may enter them too
    Api.Reply draft =
        Api.post("/api/v1/topics", Forum.topicJson("下書き", "本文"), Forum.staff().token());
    Api.Reply onDraft = Api.post(path(Forum.id(draft.json())), ok, Forum.staff().token());
    assertEquals(422, onDraft.status(), onDraft.body());
    assertEquals("topic_not_published", onDraft.json().getString("code"));
    assertEquals(201, Api.post(path(topic), ok, Accounts.admin()).status());
  }

  @Test
  void theStaffListShowsWhereEachCameFrom() {
    long topic = Forum.openTopic("代理入力の一覧 " + UUID.randomUUID());
    Accounts.Participant known = Accounts.confirmed("proxy-known");
    long id =
        Forum.id(
            enter(
                topic,
                entry(
                    "一覧の意見",
                    "channel",
                    "workshop",
                    "ageBand",
                    "30s",
                    "districtCode",
                    "kyodo",
                    "relation",
                    "resident",
                    "participantEmail",
                    known.email())));
    Api.Reply list = Api.get(path(topic), Forum.staff().token());
    assertEquals(200, list.status(), list.body());
    JsonObject e = list.json().getJsonArray("items").getJsonObject(0);
    assertEquals(id, e.getJsonNumber("commentId").longValue());
    assertEquals("workshop", e.getString("channel"));
    assertEquals(today().toString(), e.getString("receivedOn"));
    assertEquals("30s", e.getString("ageBand"));
    assertEquals("kyodo", e.getString("districtCode"));
    assertEquals("setagaya", e.getString("areaCode"), "the district's area");
    assertEquals("resident", e.getString("relation"));
    assertEquals(known.id(), e.getJsonNumber("participantId").longValue());
    assertEquals(Forum.staff().id(), e.getJsonNumber("enteredBy").longValue());
    assertFalse(e.getBoolean("imported"));
    assertEquals(400, Api.get(path(topic) + "?limit=0", Forum.staff().token()).status());
    // the participant's account is not shown to the public
    JsonObject shown =
        Api.get("/api/v1/topics/" + topic + "/comments", null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("comment");
    assertFalse(shown.getJsonObject("author").containsKey("id"), shown.toString());
    assertFalse(shown.toString().contains("participant"), shown.toString());
  }

  @Test
  void aClosedTopicTakesWhatWasReceivedDuringItsPeriod() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String json =
        Api.json(
            "title",
            "締切後の代理入力 " + UUID.randomUUID(),
            "body",
            "本文",
            "policyArea",
            "environment",
            "department",
            "環境政策部 環境計画課",
            "opensAt",
            now.minusDays(5).toString(),
            "closesAt",
            now.plusDays(30).toString());
    Api.Reply created = Api.post("/api/v1/topics", json, Forum.staff().token());
    assertEquals(201, created.status(), created.body());
    long topic = Forum.id(created.json());
    assertEquals(
        200,
        Api.post("/api/v1/topics/" + topic + "/publication", "", Forum.staff().token()).status());
    assertEquals(
        200, Api.post("/api/v1/topics/" + topic + "/closure", "", Forum.staff().token()).status());
    // a web opinion is refused now
    Api.Reply web =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "遅れた意見"),
            Accounts.confirmed("late").token());
    assertEquals(422, web.status());

    JsonObject paper =
        enter(topic, entry("締切前に届いた紙の意見", "receivedOn", today().minusDays(2).toString()));
    assertEquals("visible", paper.getString("status"));
    assertEquals(1, topic(topic).getInt("commentCount"));
    Api.Reply early =
        Api.post(
            path(topic),
            entry("募集前", "receivedOn", today().minusDays(7).toString()),
            Forum.staff().token());
    assertEquals(List.of("receivedOn"), early.errorFields(), early.body());

    assertEquals(
        200, Api.post("/api/v1/topics/" + topic + "/archival", "", Forum.staff().token()).status());
    Api.Reply archived =
        Api.post(
            path(topic),
            entry("アーカイブ後", "receivedOn", today().minusDays(2).toString()),
            Forum.staff().token());
    assertEquals(422, archived.status(), archived.body());
    assertEquals("topic_archived", archived.json().getString("code"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyWritesOnce() {
    long topic = Forum.openTopic("代理入力の再送 " + UUID.randomUUID());
    String key = UUID.randomUUID().toString();
    String body = entry("再送される意見");
    Api.Reply first = send(topic, body, key);
    Api.Reply again = send(topic, body, key);
    assertEquals(201, first.status(), first.body());
    assertEquals(201, again.status(), again.body());
    assertEquals(Forum.id(first.json()), Forum.id(again.json()));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(1, topic(topic).getInt("commentCount"));
    assertEquals(
        1, Api.get(path(topic), Forum.staff().token()).json().getJsonArray("items").size());
    Api.Reply other = send(topic, entry("別の意見"), key);
    assertEquals(422, other.status(), other.body());
  }

  private static Api.Reply send(long topic, String body, String key) {
    return Api.send(
        Api.request(path(topic), Forum.staff().token())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void theTopicReportAndTheStatisticsCountByChannel() {
    long topic = Forum.openTopic("受付方法別の集計 " + UUID.randomUUID());
    Accounts.Participant web = Accounts.confirmed("channel-web");
    Forum.post(topic, "Web の意見です。", web.token());
    for (int i = 0; i < 7; i++) {
      enter(topic, entry("紙の意見 " + i, "ageBand", "70s"));
    }
    // the web author again, by phone: one person, not two
    enter(topic, entry("電話の意見", "channel", "phone", "participantId", web.id()));
    enter(topic, entry("ワークショップの意見", "channel", "workshop"));
    JsonObject report = report(topic);
    assertTrue(report.getJsonObject("opinions").getBoolean("suppressed"), "9 people: " + report);
    JsonObject channels = table(report, "channels");
    assertEquals(
        List.of("web", "paper", "post", "phone", "workshop", "counter"),
        channels.getJsonArray("rows").stream()
            .map(r -> r.asJsonObject().getString("code"))
            .toList());

    enter(topic, entry("窓口の意見", "channel", "counter"));
    enter(topic, entry("紙の意見 7", "ageBand", "70s"));
    enter(topic, entry("紙の意見 8", "ageBand", "70s"));
    enter(topic, entry("紙の意見 9", "ageBand", "70s"));
    report = report(topic);
    JsonObject opinions = report.getJsonObject("opinions");
    assertFalse(opinions.getBoolean("suppressed"), "12 people: " + report);
    assertEquals(14, opinions.getInt("value"));
    assertEquals(14, report.getJsonObject("comments").getInt("value"));
    JsonObject paper = row(table(report, "channels"), "paper");
    assertEquals(10, cell(paper, 0).getInt("value"));
    assertEquals(10, cell(paper, 1).getInt("value"));
    assertTrue(cell(row(table(report, "channels"), "web"), 0).getBoolean("suppressed"));
    JsonObject seventies = row(table(report, "participants-age_band"), "70s");
    assertEquals(10, cell(seventies, 0).getInt("value"), "paper people by the age band they gave");
    // stances: the proxy opinions are 12 people (and the web author by phone stays one), not one
    JsonObject noStance = row(table(report, "stances"), "none");
    assertEquals(14, cell(noStance, 0).getInt("value"), noStance.toString());
    assertEquals(13, cell(noStance, 1).getInt("value"), noStance.toString());

    // the page shows the same table
    String session = WebForms.sessionOf(WebForms.signIn(Forum.staff().email(), Accounts.PASSWORD));
    String page = WebForms.get("/reports/topic.xhtml?id=" + topic, session).body();
    assertTrue(page.contains("id=\"table-channels\""), page);
    assertTrue(page.contains("受付方法別の意見と人数"), page);

    // and the ward's statistics, every topic together
    Api.Reply dashboard = Api.get("/api/v1/stats/dashboard", Accounts.admin());
    assertEquals(200, dashboard.status(), dashboard.body());
    JsonObject ward = row(table(dashboard.json(), "channels"), "paper");
    assertFalse(cell(ward, 0).getBoolean("suppressed"));
    assertTrue(cell(ward, 0).getInt("value") >= 10);
  }

  private static JsonObject report(long topic) {
    Api.Reply r = Api.get("/api/v1/stats/topics/" + topic, Forum.staff().token());
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static JsonObject table(JsonObject owner, String id) {
    return owner.getJsonArray("tables").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + id + " in " + owner));
  }

  private static JsonObject row(JsonObject table, String code) {
    JsonObject found =
        table.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("code").equals(code))
            .findFirst()
            .orElse(null);
    assertNotNull(found, code + " in " + table);
    return found;
  }

  private static JsonObject cell(JsonObject row, int i) {
    return row.getJsonArray("cells").getJsonObject(i);
  }
}
