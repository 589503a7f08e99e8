package jp.kyodo.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds text so that spellings a reader takes for the same word compare equal: NFKC (full-width ｂａｄ
 * and half-width ﾊﾞｶ become bad and バカ), lower case, and katakana to hiragana (バカ and ばか). Folding
 * keeps one character per code point of its input's NFKC form, so offsets stay meaningful.
 */
public final class TextFolding {
  private TextFolding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(cp -> out.appendCodePoint(katakanaToHiragana(cp)));
    return out.toString();
  }

  /** A folded text and, for each of its chars, where in the original its source begins. */
  public record Folded(String text, int[] sourceStart, int sourceLength) {
    /** The original offset where folded char {@code i} begins ({@code text.length()}: the end). */
    public int source(int i) {
      return i >= sourceStart.length ? sourceLength : sourceStart[i];
    }
  }

  /**
   * {@link #fold} that remembers, for each folded char, the original char it came from, so that a
   * match found in the folded text can be marked in the original (search snippets). Folds one base
   * character with its combining marks at a time (half-width ｶﾞ is one unit, ガ), which is what NFKC
   * of the whole text does for any text a person types.
   */
  public static Folded foldWithOffsets(String text) {
    if (text == null || text.isEmpty()) {
      return new Folded("", new int[0], 0);
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] starts = new int[text.length() * 2 + 4];
    int i = 0;
    while (i < text.length()) {
      int end = i + Character.charCount(text.codePointAt(i));
      while (end < text.length() && combines(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      String unit = fold(text.substring(i, end));
      if (out.length() + unit.length() > starts.length) {
        starts = Arrays.copyOf(starts, (out.length() + unit.length()) * 2);
      }
      for (int k = 0; k < unit.length(); k++) {
        starts[out.length() + k] = i;
      }
      out.append(unit);
      i = end;
    }
    return new Folded(out.toString(), Arrays.copyOf(starts, out.length()), text.length());
  }

  private static boolean combines(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || cp == 0xFF9E
        || cp == 0xFF9F;
  }

  private static int katakanaToHiragana(int cp) {
    // ァ (U+30A1) .. ヶ (U+30F6) sit exactly 0x60 above their hiragana counterparts
    return cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp;
  }
}
