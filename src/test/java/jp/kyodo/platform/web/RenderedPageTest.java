package jp.kyodo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A kept page cut at its nonce and its personal marks, and written for one reader. */
class RenderedPageTest {
  private static final String SECRET = PersonalMarks.secret();

  private static String v(String kind, String arg) {
    return PersonalMarks.mark(SECRET, "v", kind, arg);
  }

  private static String s(String kind, String arg) {
    return PersonalMarks.mark(SECRET, "s", kind, arg);
  }

  private static final String END = SECRET + "e" + SECRET;

  private static RenderedPage page(String body, String nonce) {
    return RenderedPage.of(
        "text/html;charset=UTF-8",
        StandardCharsets.UTF_8,
        Locale.JAPANESE,
        List.<String[]>of(new String[] {"Content-Security-Policy", "script-src 'nonce-" + nonce}),
        body,
        nonce,
        SECRET);
  }

  private static String write(RenderedPage page, Map<String, Function<String, String>> values) {
    return page.body(values, "FRESH").toString(StandardCharsets.UTF_8);
  }

  @Test
  void valuesAreFilledInEscapedAndSectionsShownByTheReadersValue() {
    String body =
        "<p>ようこそ、"
            + v("name", "")
            + " さん</p><script nonce=\"NONCE1\"></script>"
            + s("own", "7")
            + "<span>counts</span>"
            + END
            + s("!own", "7")
            + "<button aria-pressed=\""
            + v("pressed", "3:agree")
            + "\">"
            + END
            + "<i nonce=\"NONCE1\"></i>";
    RenderedPage page = page(body, "NONCE1");
    assertEquals(
        Map.of("name", Set.of(""), "own", Set.of("7"), "pressed", Set.of("3:agree")), page.marks());
    assertTrue(page.personal());

    String author =
        write(
            page,
            Map.of(
                "name", a -> "<b>\"花子\"&'",
                "own", a -> String.valueOf(a.equals("7")),
                "pressed", a -> "true"));
    assertEquals(
        "<p>ようこそ、&lt;b&gt;&quot;花子&quot;&amp;&#39; さん</p><script nonce=\"FRESH\"></script>"
            + "<span>counts</span><i nonce=\"FRESH\"></i>",
        author);

    String other =
        write(page, Map.of("name", a -> "太郎", "own", a -> "false", "pressed", a -> "false"));
    assertEquals(
        "<p>ようこそ、太郎 さん</p><script nonce=\"FRESH\"></script>"
            + "<button aria-pressed=\"false\"><i nonce=\"FRESH\"></i>",
        other);

    String nobody = write(page, Map.of());
    assertFalse(nobody.contains(SECRET), "no mark is ever written");
    assertTrue(nobody.contains("<button aria-pressed=\"\">"), "a value no one gives is empty");
    assertFalse(nobody.contains("counts"), "a section no one shows is left out");
  }

  @Test
  void anAnonymousPageHasOnlyItsNonceCut() {
    RenderedPage page =
        RenderedPage.of(
            "text/html",
            StandardCharsets.UTF_8,
            null,
            List.of(),
            "<script nonce=\"N0\"></script>意見",
            "N0",
            null);
    assertFalse(page.personal());
    assertEquals("<script nonce=\"FRESH\"></script>意見", write(page, Map.of()));
  }

  @Test
  void unbalancedSectionsAreAnError() {
    assertThrows(
        IllegalStateException.class, () -> page("a" + s("own", "1") + "b", "Tk9OQ0UtMQ=="));
    assertThrows(IllegalStateException.class, () -> page("a" + END + "b", "Tk9OQ0UtMQ=="));
  }
}
