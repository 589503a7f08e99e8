package jp.kyodo.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.platform.InvalidInputException;

/**
 * What a person typed, as terms that must all be found: words separated by spaces (full-width too),
 * and "quoted phrases" kept whole. Forgiving by design: control and format characters count as
 * spaces, an unbalanced quote is ignored, a term of symbols only (「！？」, "***") is dropped, so such
 * queries find nothing rather than fail. Only what no person types is refused: more than {@link
 * #MAX_LENGTH} characters or {@link #MAX_TERMS} terms (400, naming {@code q}).
 */
public record SearchTerms(List<String> terms) {
  public static final int MAX_LENGTH = 200;
  public static final int MAX_TERMS = 10;

  public SearchTerms {
    terms = List.copyOf(terms);
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  public static SearchTerms parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new SearchTerms(List.of());
    }
    if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
      throw InvalidInputException.of(
          "q", "validation.search.tooLong", java.util.Map.of("max", MAX_LENGTH));
    }
    String text = clean(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    List<String> terms = new ArrayList<>();
    int quotes = (int) text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      // an unbalanced quote: the last one opens nothing
      int last = text.lastIndexOf('"');
      text = text.substring(0, last) + " " + text.substring(last + 1);
    }
    boolean quoted = false;
    for (String part : text.split("\"", -1)) {
      if (quoted) {
        add(terms, part.strip().replaceAll("\\s+", " "));
      } else {
        for (String word : part.strip().split("\\s+")) {
          add(terms, word);
        }
      }
      quoted = !quoted;
    }
    if (terms.size() > MAX_TERMS) {
      throw InvalidInputException.of(
          "q", "validation.search.tooManyWords", java.util.Map.of("max", MAX_TERMS));
    }
    return new SearchTerms(terms);
  }

  private static void add(List<String> terms, String term) {
    if (term.codePoints().anyMatch(Character::isLetterOrDigit) && !terms.contains(term)) {
      terms.add(term);
    }
  }

  /** Controls, format characters (bidi overrides, zero-width) and lone surrogates as spaces. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean bad =
                  type == Character.CONTROL
                      || type == Character.FORMAT
                      || type == Character.SURROGATE
                      || type == Character.PRIVATE_USE
                      || type == Character.UNASSIGNED;
              out.appendCodePoint(bad ? ' ' : cp);
            });
    return out.toString();
  }
}
