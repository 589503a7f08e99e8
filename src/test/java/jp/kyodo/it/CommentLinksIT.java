package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments are plain text: addresses in them become links only for http(s), on the topic page and
 * on the comment page, and the API gives the text back as written.
 */
@ExtendWith(KyodoServer.class)
class CommentLinksIT {
  static final List<String> HOSTILE =
      List.of(
          "link javascript://%0Aalert(1)",
          "JAVASCRIPT:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:msgbox(1)",
          "javascript://example.jp/%0Aalert(document.domain)");
  static final String LEGITIMATE = "詳しくは https://example.jp/a?b=1&c=2 と www.example.jp をどうぞ";

  private static final Pattern ANCHOR =
      Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  record Link(String href, String text) {}

  @Test
  void onlyWebAddressesBecomeLinksAndTheApiKeepsTheText() {
    long topic = Forum.openTopic("リンクの扱い");
    Accounts.Participant author = Accounts.confirmed("links");
    List<Long> ids = new ArrayList<>();
    for (String body : HOSTILE) {
      JsonObject created = Forum.post(topic, body, author.token());
      assertEquals(body, created.getString("body"), "the API answers the text as text");
      ids.add(Forum.id(created));
    }
    long legitimate = Forum.id(Forum.post(topic, LEGITIMATE, author.token()));
    long parent = ids.get(0);
    for (String body : HOSTILE) {
      JsonObject reply = Forum.reply(parent, body, author.token());
      assertEquals(body, reply.getString("body"));
    }
    Forum.reply(parent, LEGITIMATE, author.token());

    JsonObject permalink = Api.get("/api/v1/comments/" + parent, null).json();
    assertEquals(HOSTILE.get(0), permalink.getJsonObject("comment").getString("body"));

    for (String page :
        List.of(
            "/topic.xhtml?id=" + topic,
            "/comment.xhtml?id=" + parent,
            "/comment.xhtml?id=" + legitimate)) {
      Api.Reply reply = WebForms.get(page, null);
      assertEquals(200, reply.status(), page);
      List<Link> links = links(reply.body());
      for (Link link : links) {
        Matcher scheme = SCHEME.matcher(link.href());
        if (scheme.find()) {
          assertTrue(
              List.of("http", "https", "mailto").contains(scheme.group(1).toLowerCase(Locale.ROOT)),
              page + ": " + link);
        }
        assertFalse(link.href().toLowerCase(Locale.ROOT).contains("alert("), page + ": " + link);
        assertFalse(link.href().toLowerCase(Locale.ROOT).contains("script:"), page + ": " + link);
      }
      // the written text is still there to read, escaped
      String body = reply.body();
      if (!page.endsWith("=" + legitimate)) {
        assertTrue(body.contains("javascript://%0Aalert(1)"), page);
        assertTrue(body.contains("JAVASCRIPT:alert(1)"), page);
        assertTrue(body.contains("vbscript:msgbox(1)"), page);
        assertFalse(body.contains("<script>alert(1)"), page);
        assertTrue(body.contains("data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"), page);
      }
      // the legitimate addresses are proper links
      assertTrue(
          links.stream()
              .anyMatch(
                  l ->
                      l.href().equals("https://example.jp/a?b=1&c=2")
                          && l.text().equals("https://example.jp/a?b=1&c=2")),
          page + ": " + links);
      assertTrue(
          links.stream()
              .anyMatch(
                  l ->
                      l.href().equals("https://www.example.jp")
                          && l.text().equals("www.example.jp")),
          page + ": " + links);
    }
  }

  /** Every link of the page, href and text with character references decoded. */
  static List<Link> links(String html) {
    List<Link> links = new ArrayList<>();
    Matcher m = ANCHOR.matcher(html);
    while (m.find()) {
      links.add(new Link(decode(m.group(1)), decode(m.group(2).replaceAll("<[^>]*>", ""))));
    }
    return links;
  }

  static String decode(String s) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
