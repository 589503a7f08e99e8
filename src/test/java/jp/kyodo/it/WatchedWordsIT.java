package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Watched words that no longer block ordinary Japanese: バカ with the exceptions ばかり and ばかに, or バカ
 * matched as a whole word, through the API and the administrators' page.
 */
@ExtendWith(KyodoServer.class)
class WatchedWordsIT {
  private static final String WORDS = "/api/v1/moderation/watched-words";
  private static final String EXCEPTIONS = WORDS + "/exceptions";
  private static final String PAGE = "/admin/watched-words.xhtml";

  @AfterEach
  void stopWatchingBaka() {
    // バカ blocks a great deal: no other test may meet it
    for (JsonValue w : Api.get(WORDS, Accounts.admin()).array()) {
      if (w.asJsonObject().getString("word").equals("バカ")) {
        Api.delete(
            WORDS + "/" + w.asJsonObject().getJsonNumber("id").longValue(), Accounts.admin());
      }
    }
  }

  @Test
  void theExceptionsLetOrdinaryJapaneseThroughWhileBakaIsStillBlocked() {
    JsonObject baka = watch("バカ", "block", null);
    assertEquals("part", baka.getString("match"), "a part by default, as before");
    Accounts.Participant writer = Accounts.confirmed("words-exceptions");
    long topic = Forum.openTopic("自転車の置き場");

    Api.Reply before = post(topic, "駅前は自転車ばかりで歩けません", writer);
    assertBlocked(before);

    for (String phrase : List.of("ばかり", "ﾊﾞｶﾆ")) {
      Api.Reply added =
          Api.post(EXCEPTIONS, Api.json("phrase", phrase, "wordId", id(baka)), Accounts.admin());
      assertEquals(201, added.status(), added.body());
      assertEquals(phrase, added.json().getString("phrase"));
      assertEquals(id(baka), added.json().getJsonNumber("wordId").longValue());
      assertEquals("バカ", added.json().getString("word"));
    }
    for (String fine : List.of("自転車ばかりで", "ばかに寒い", "駅前は自転車ばかりで、今朝はバカに寒かった")) {
      Api.Reply r = post(topic, fine, writer);
      assertEquals(201, r.status(), fine + ": " + r.body());
      assertEquals("visible", r.json().getString("status"), fine);
      assertEquals(fine, r.json().getString("body"));
    }
    for (String rude : List.of("バカ", "ﾊﾞｶ", "ばか！", "自転車ばかりでバカみたい")) {
      assertBlocked(post(topic, rude, writer));
    }

    Api.Reply listed = Api.get(EXCEPTIONS, Accounts.admin());
    assertEquals(200, listed.status(), listed.body());
    assertTrue(listed.body().contains("\"phrase\":\"ばかり\""), listed.body());

    // removing the word removes its exceptions
    assertEquals(204, Api.delete(WORDS + "/" + id(baka), Accounts.admin()).status());
    assertFalse(Api.get(EXCEPTIONS, Accounts.admin()).body().contains("\"word\":\"バカ\""));
  }

  @Test
  void asAWholeWordBakaNeedsNoExceptionForBakariButStillBlocksAnInsult() {
    JsonObject baka = watch("バカ", "block", null);
    Api.Reply changed =
        Api.put(
            WORDS + "/" + id(baka),
            Api.json("action", "block", "match", "word", "version", version(baka)),
            Accounts.admin());
    assertEquals(200, changed.status(), changed.body());
    assertEquals("word", changed.json().getString("match"));
    assertEquals(version(baka) + 1, version(changed.json()));

    Accounts.Participant writer = Accounts.confirmed("words-whole");
    long topic = Forum.openTopic("単語としての照合");
    for (String fine : List.of("自転車ばかりで", "言うばかりだ", "区のやり方はバカげている")) {
      Api.Reply r = post(topic, fine, writer);
      assertEquals(201, r.status(), fine + ": " + r.body());
    }
    for (String rude : List.of("お前はバカだ", "ﾊﾞｶ", "ばか！")) {
      assertBlocked(post(topic, rude, writer));
    }

    // the version read is required, and an old one is refused
    Api.Reply stale =
        Api.put(
            WORDS + "/" + id(baka),
            Api.json("action", "hold", "match", "part", "version", version(baka)),
            Accounts.admin());
    assertEquals(409, stale.status(), stale.body());
    assertEquals("stale_version", stale.json().getString("code"));
    Api.Reply unknownMode =
        Api.put(
            WORDS + "/" + id(baka),
            Api.json("action", "hold", "match", "token", "version", version(changed.json())),
            Accounts.admin());
    assertEquals(400, unknownMode.status(), unknownMode.body());
    assertEquals(List.of("match"), unknownMode.errorFields());
    assertEquals(
        404,
        Api.put(
                WORDS + "/999999999",
                Api.json("action", "hold", "match", "part", "version", 0),
                Accounts.admin())
            .status());
  }

  @Test
  void anExceptionForOneWordMustContainItAndIsRefusedTwice() {
    JsonObject word = watch("例外語" + suffix(), "hold", "part");
    Api.Reply unrelated =
        Api.post(EXCEPTIONS, Api.json("phrase", "ばかり", "wordId", id(word)), Accounts.admin());
    assertEquals(400, unrelated.status(), unrelated.body());
    assertEquals(List.of("phrase"), unrelated.errorFields());
    assertTrue(unrelated.body().contains(word.getString("word")), unrelated.body());

    Api.Reply noWord =
        Api.post(EXCEPTIONS, Api.json("phrase", "ばかり", "wordId", 999999999), Accounts.admin());
    assertEquals(400, noWord.status(), noWord.body());
    assertEquals(List.of("wordId"), noWord.errorFields());

    String phrase = "ｸﾞﾛｰﾊﾞﾙ例外" + suffix();
    Api.Reply any = Api.post(EXCEPTIONS, Api.json("phrase", phrase), Accounts.admin());
    assertEquals(201, any.status(), any.body());
    assertTrue(any.json().isNull("wordId"), "an exception for every word names none");
    Api.Reply again =
        Api.post(
            EXCEPTIONS, Api.json("phrase", phrase.replace("ｸﾞﾛｰﾊﾞﾙ", "グローバル")), Accounts.admin());
    assertEquals(409, again.status(), again.body());
    assertEquals("duplicate_exception", again.json().getString("code"));

    Api.Reply unknownMode =
        Api.post(
            WORDS,
            Api.json("word", "照合" + suffix(), "action", "flag", "match", "regex"),
            Accounts.admin());
    assertEquals(400, unknownMode.status(), unknownMode.body());
    assertEquals(List.of("match"), unknownMode.errorFields());

    // administrators only
    String participant = Accounts.confirmed("words-nosy").token();
    assertEquals(403, Api.get(EXCEPTIONS, participant).status());
    assertEquals(403, Api.post(EXCEPTIONS, Api.json("phrase", "ばかり"), participant).status());
    assertEquals(401, Api.get(EXCEPTIONS, null).status());

    long anyId = any.json().getJsonNumber("id").longValue();
    assertEquals(204, Api.delete(EXCEPTIONS + "/" + anyId, Accounts.admin()).status());
    assertEquals(404, Api.delete(EXCEPTIONS + "/" + anyId, Accounts.admin()).status());
    Api.delete(WORDS + "/" + id(word), Accounts.admin());
  }

  @Test
  void onThePageAnAdministratorAddsAWholeWordAnExceptionAndSwitchesTheMode() {
    WebSession admin = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
    String word = "がめん語" + suffix();
    WebSession.Form add = admin.form(PAGE, "wordForm");
    add.set("wordForm:word", word).set("wordForm:action", "block").set("wordForm:match", "word");
    WebSession.Page added = admin.submit(add, "wordForm:add");
    assertEquals(302, added.status(), added.body());
    WebSession.Page page = admin.get(PAGE);
    String row = row(page.body(), word);
    assertTrue(row.contains("<td class=\"word-match\">単語として</td>"), row);
    long wordId = Long.parseLong(hidden(row, "word"));

    WebSession.Form exception = admin.form(PAGE, "exceptionForm");
    exception
        .set("exceptionForm:phrase", word + "ばかり")
        .set("exceptionForm:wordId", String.valueOf(wordId));
    WebSession.Page excepted = admin.submit(exception, "exceptionForm:addException");
    assertEquals(302, excepted.status(), excepted.body());
    page = admin.get(PAGE);
    assertTrue(page.body().contains("例外の語句を追加しました。"), "the page says it was done");
    assertTrue(row(page.body(), word).contains("<li>" + word + "ばかり</li>"), page.body());
    JsonObject stored =
        Api.get(EXCEPTIONS, Accounts.admin()).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("phrase").equals(word + "ばかり"))
            .findFirst()
            .orElseThrow();
    assertEquals(wordId, stored.getJsonNumber("wordId").longValue());

    // a phrase without the word is named beside its field, and what was typed stays
    WebSession.Form wrong = admin.form(PAGE, "exceptionForm");
    wrong
        .set("exceptionForm:phrase", "関係のない語句")
        .set("exceptionForm:wordId", String.valueOf(wordId));
    WebSession.Page refused = admin.submit(wrong, "exceptionForm:addException");
    assertEquals(200, refused.status());
    assertTrue(refused.body().contains("注意語句「" + word + "」を含む語句にしてください。"), refused.body());
    assertTrue(refused.body().contains("value=\"関係のない語句\""), refused.body());

    // switch to matching anywhere with the row's own button
    String switchForm = formId(row(page.body(), word), "matchForm");
    WebSession.Form toPart = admin.form(PAGE, switchForm);
    assertEquals("part", toPart.fields.get("match"));
    WebSession.Page switched = admin.submit(toPart, toPart.buttons.get(0));
    assertEquals(302, switched.status(), switched.body());
    page = admin.get(PAGE);
    assertTrue(
        row(page.body(), word).contains("<td class=\"word-match\">部分一致</td>"),
        row(page.body(), word));
    assertEquals(
        "part",
        Api.get(WORDS, Accounts.admin()).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(w -> w.getString("word").equals(word))
            .findFirst()
            .orElseThrow()
            .getString("match"));
    Api.delete(WORDS + "/" + wordId, Accounts.admin());
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Watches the word (201); the answer is the word. */
  private static JsonObject watch(String word, String action, String match) {
    Api.Reply r =
        Api.post(
            WORDS,
            match == null
                ? Api.json("word", word, "action", action)
                : Api.json("word", word, "action", action, "match", match),
            Accounts.admin());
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  private static Api.Reply post(long topic, String body, Accounts.Participant writer) {
    return Api.post(
        "/api/v1/topics/" + topic + "/comments", Api.json("body", body), writer.token());
  }

  private static void assertBlocked(Api.Reply reply) {
    assertEquals(400, reply.status(), reply.body());
    assertEquals(List.of("body"), reply.errorFields());
    assertTrue(reply.body().contains("バカ"), "the message names the word: " + reply.body());
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private static long version(JsonObject json) {
    return json.getJsonNumber("version").longValue();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  /** The table row of the watched word on the page. */
  private static String row(String html, String word) {
    Matcher m =
        Pattern.compile("<tr id=\"word-[0-9]+\">(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
            .matcher(html);
    while (m.find()) {
      if (m.group().contains("<td>" + word + "</td>")) {
        return m.group();
      }
    }
    throw new AssertionError("no row for " + word + " in " + html);
  }

  private static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), name + " in " + html);
    return m.group(1);
  }

  private static String formId(String html, String suffix) {
    Matcher m = Pattern.compile("<form id=\"([^\"]*" + suffix + ")\"").matcher(html);
    assertTrue(m.find(), suffix + " in " + html);
    return m.group(1);
  }
}
