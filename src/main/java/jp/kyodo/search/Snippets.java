package jp.kyodo.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import jp.kyodo.platform.Encode;
import jp.kyodo.platform.TextFolding;

/**
 * Marks the searched words in a text: matches are found in the folded text (so ゴミ marks ごみ and ｺﾞﾐ)
 * and mapped back to the original; the text is escaped first and only then wrapped in {@code
 * <mark>}, so nothing a writer typed can become markup.
 */
final class Snippets {
  /** A shortened text as plain text and as escaped HTML with its matches marked. */
  record Snippet(String text, String html) {}

  private record Span(int start, int end) {}

  private Snippets() {}

  /** The whole text (a title), escaped, matches marked. */
  static String marked(String text, Collection<String> marks) {
    return html(text, 0, text.length(), spans(text, marks));
  }

  /**
   * About {@code width} characters around the first match (the start when none), on one line, with
   * … where the text was cut.
   */
  static Snippet around(String text, Collection<String> marks, int width) {
    String flat = text.replaceAll("[\\r\\n\\t\\u2028\\u2029]", " ");
    List<Span> spans = spans(flat, marks);
    int first = spans.isEmpty() ? 0 : spans.get(0).start();
    int from = Math.max(0, first - width / 3);
    int to = Math.min(flat.length(), from + width);
    from = Math.max(0, Math.min(from, to - width));
    from = safe(flat, from);
    to = safe(flat, to);
    String head = from > 0 ? "…" : "";
    String tail = to < flat.length() ? "…" : "";
    return new Snippet(
        head + flat.substring(from, to).strip() + tail,
        head + html(flat, from, to, spans).strip() + tail);
  }

  private static List<Span> spans(String text, Collection<String> marks) {
    TextFolding.Folded folded = TextFolding.foldWithOffsets(text);
    List<Span> found = new ArrayList<>();
    for (String mark : marks) {
      if (mark.isEmpty()) {
        continue;
      }
      for (int i = folded.text().indexOf(mark); i >= 0; i = folded.text().indexOf(mark, i + 1)) {
        found.add(new Span(folded.source(i), folded.source(i + mark.length())));
      }
    }
    found.sort(
        Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
    List<Span> merged = new ArrayList<>();
    for (Span s : found) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s.start() <= last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static String html(String text, int from, int to, List<Span> spans) {
    StringBuilder out = new StringBuilder();
    int at = from;
    for (Span s : spans) {
      int start = Math.max(s.start(), from);
      int end = Math.min(s.end(), to);
      if (start >= end || start < at) {
        continue;
      }
      out.append(Encode.html(text.substring(at, start)));
      out.append("<mark>").append(Encode.html(text.substring(start, end))).append("</mark>");
      at = end;
    }
    out.append(Encode.html(text.substring(at, to)));
    return out.toString();
  }

  /** Not inside a surrogate pair. */
  private static int safe(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }
}
