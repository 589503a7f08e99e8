package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a resident typed survives an error on the page's forms, shown beside the field. */
@ExtendWith(KyodoServer.class)
class CommentFormsIT {

  @Test
  void anOpinionThatIsTooLongComesBackWithItsTextAndTheLimit() {
    long topic = Forum.openTopic("長すぎる意見");
    String session = signedIn("forms-long");
    String text = "長い意見です。" + UUID.randomUUID() + "あ".repeat(2_100);

    Api.Reply page =
        WebForms.submit(
            "/topic.xhtml?id=" + topic, session, "postForm", "submit", Map.of("body", text));

    assertEquals(200, page.status());
    assertTrue(
        page.body().matches("(?s).*class=\"field-error\"[^>]*>2,000 文字以内で入力してください。.*"),
        "the limit is named beside the field: " + page.body());
    assertTrue(textareaHolds(page.body(), text), "the typed text is still in the form");
    assertEquals(
        0, Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"), "not posted");
  }

  @Test
  void anOpinionWithABlockedWordComesBackWithItsText() {
    String word = "禁止語" + UUID.randomUUID().toString().substring(0, 5);
    Moderation.watch(word, "block");
    long topic = Forum.openTopic("禁止語の意見");
    String session = signedIn("forms-blocked");
    String text = "ここに " + word + " を含む意見。改行も\nあります。";

    Api.Reply page =
        WebForms.submit(
            "/topic.xhtml?id=" + topic, session, "postForm", "submit", Map.of("body", text));

    assertEquals(200, page.status());
    assertTrue(textareaHolds(page.body(), text), page.body());
    assertTrue(page.body().contains("field-error"), "the reason is shown beside the field");
  }

  @Test
  void aReplyThatIsTooLongComesBackWithItsText() {
    long topic = Forum.openTopic("長すぎる返信");
    long root = Forum.id(Forum.post(topic, "元の意見", Accounts.confirmed("forms-o").token()));
    String session = signedIn("forms-reply");
    String text = "返信です" + UUID.randomUUID() + "い".repeat(2_100);

    Api.Reply page =
        WebForms.submit(
            "/comment.xhtml?id=" + root, session, "replyForm", "submit", Map.of("body", text));

    assertEquals(200, page.status());
    assertTrue(textareaHolds(page.body(), text), "the reply's text is still in the form");
  }

  private static String signedIn(String prefix) {
    Accounts.Participant p = Accounts.confirmed(prefix);
    return WebForms.sessionOf(WebForms.signIn(p.email(), Accounts.PASSWORD));
  }

  /** Whether a textarea of the page holds exactly the text (HTML-escaped, line breaks kept). */
  private static boolean textareaHolds(String html, String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return html.matches(
        "(?s).*<textarea[^>]*>\\s?" + java.util.regex.Pattern.quote(escaped) + "</textarea>.*");
  }
}
