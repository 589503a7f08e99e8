package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void rendersATableAsTheEditorsHintPromises() {
    String html =
        MarkdownRenderer.toSafeHtml(
            "| 地区 | 件数 |\n|:---|---:|\n| 太子堂 | 12 |\n| 三軒茶屋 | <b>3</b> |\n");
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<th>地区</th>"), html);
    assertTrue(html.contains("<td>太子堂</td>"), html);
    assertTrue(html.contains("&lt;b&gt;3&lt;/b&gt;"), "raw HTML in a cell stays text: " + html);
  }

  @Test
  void keepsNoScriptOrEventHandlerInsideATable() {
    String html =
        MarkdownRenderer.toSafeHtml(
            "| a |\n|---|\n| [x](javascript:alert(1)) <img src=x onerror=alert(1)> |\n");
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.matches("(?s).*<[^>]*onerror.*"), "no handler inside a tag: " + html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;img"), "the markup is shown as text: " + html);
  }
}
