package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextRendererTest {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  /** Every href in the HTML, with character references decoded as a browser would. */
  static List<String> hrefs(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      found.add(decode(m.group(1)));
    }
    return found;
  }

  static String decode(String attribute) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(attribute);
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "link javascript://%0Aalert(document.domain)",
        "javascript://example.jp/%0Aalert(1)",
        "JAVASCRIPT://%0Aalert(1)",
        "JaVaScRiPt://%0aalert(1)",
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data://text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "vbscript://msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.jp/x",
        "xhttps://example.jp/",
        "java\tscript://%0Aalert(1)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "\"><script>alert(1)</script>",
        "https://example.jp/\"onmouseover=\"alert(1)",
        "https://example.jp/<script>alert(1)</script>",
        "www.example.jp/\"><img src=x onerror=alert(1)>",
      })
  void hostileTextMakesNoLinkButHttpAndNoMarkup(String hostile) {
    String html = PlainTextRenderer.toHtml("前 " + hostile + " 後");
    for (String href : hrefs(html)) {
      assertTrue(href.startsWith("https://") || href.startsWith("http://"), href + " in " + html);
    }
    String lower = html.toLowerCase();
    assertFalse(lower.contains("<script"), html);
    assertFalse(lower.contains("<img"), html);
    assertFalse(lower.matches("(?s).*<a [^>]*on[a-z]+=.*"), html);
    assertFalse(lower.contains("javascript:\""), html);
    // whatever was written stays readable as text
    assertTrue(html.startsWith("前 "), html);
    assertTrue(html.endsWith(" 後"), html);
  }

  @Test
  void httpsAddressBecomesALinkWithItsQueryIntact() {
    String html = PlainTextRenderer.toHtml("詳細は https://example.jp/a?b=1&c=2 を参照");
    assertEquals(List.of("https://example.jp/a?b=1&c=2"), hrefs(html));
    assertTrue(html.matches("(?s).*<a [^>]*rel=\"[^\"]*nofollow[^\"]*\".*"), html);
    assertTrue(html.matches("(?s).*<a [^>]*rel=\"[^\"]*noopener[^\"]*\".*"), html);
    assertTrue(html.startsWith("詳細は <a "), html);
    assertTrue(html.endsWith("</a> を参照"), html);
  }

  @Test
  void wwwAddressBecomesAnHttpsLink() {
    assertEquals(
        List.of("https://www.example.jp"), hrefs(PlainTextRenderer.toHtml("www.example.jp へ")));
  }

  @Test
  void plainHttpStaysALink() {
    assertEquals(
        List.of("http://example.jp/x"), hrefs(PlainTextRenderer.toHtml("http://example.jp/x")));
  }

  @Test
  void textIsEscapedAndLineBreaksKept() {
    assertEquals(
        "&lt;b&gt;太字&lt;/b&gt; &amp; &quot;引用&quot; &#39;x&#39;<br>\n二行目",
        PlainTextRenderer.toHtml("<b>太字</b> & \"引用\" 'x'\n二行目"));
  }

  @Test
  void linkedTextKeepsItsLineBreaksAndEscapes() {
    String html = PlainTextRenderer.toHtml("<b>\nhttps://example.jp/");
    assertTrue(html.startsWith("&lt;b&gt;<br />"), html);
    assertEquals(List.of("https://example.jp/"), hrefs(html));
  }

  @Test
  void emailAddressesAreNotLinked() {
    assertTrue(hrefs(PlainTextRenderer.toHtml("taro@example.jp まで")).isEmpty());
  }

  @Test
  void sharedPolicyAllowsOnlyWebAndMailLinks() {
    assertTrue(HtmlPolicy.allowsLink("https://example.jp/"));
    assertTrue(HtmlPolicy.allowsLink("HTTP://example.jp/"));
    assertTrue(HtmlPolicy.allowsLink("mailto:kucho@example.jp"));
    assertFalse(HtmlPolicy.allowsLink("javascript://%0Aalert(1)"));
    assertFalse(HtmlPolicy.allowsLink("data:text/html,x"));
    assertFalse(HtmlPolicy.allowsLink("vbscript:x"));
    assertFalse(HtmlPolicy.allowsLink("/relative"));
    assertEquals("x", HtmlPolicy.sanitize("<a href=\"javascript://%0Aalert(1)\">x</a>"));
  }
}
