package jp.kyodo.platform;

import java.text.Normalizer;
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

  private static int katakanaToHiragana(int cp) {
    // ァ (U+30A1) .. ヶ (U+30F6) sit exactly 0x60 above their hiragana counterparts
    return cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp;
  }
}
