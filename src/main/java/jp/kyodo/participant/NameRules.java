package jp.kyodo.participant;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.platform.TextFolding;

/**
 * How display names are compared: with reserved terms (names that pass someone off as the ward, its
 * staff or the operators) and with each other (duplicates).
 *
 * <p>Names and terms are folded as watched words are ({@link TextFolding}: NFKC, lower case,
 * katakana to hiragana) and reduced to their letters and digits, so ＡＤＭＩＮ, ｽﾀｯﾌ and 「区 長」 are
 * admin, すたっふ and 区長. A Japanese term matches anywhere (there are no spaces between words: 世田谷区長
 * contains 区長). A term in Latin letters matches at the start or end of a run of Latin letters, so
 * admin_taro, TaroAdmin and "Staff Mary" are refused while badminton is not.
 */
public final class NameRules {
  private static final Pattern LATIN_TERM = Pattern.compile("[a-z]+");
  private static final Pattern LATIN_RUN = Pattern.compile("[a-z]+");

  private NameRules() {}

  /** A reserved term as administrators wrote it and in its folded form. */
  public record Term(String term, String folded) {
    public static Term of(String term) {
      return new Term(term, skeleton(term));
    }
  }

  /** Folded, with everything but letters and digits removed: what names and terms compare as. */
  public static String skeleton(String text) {
    StringBuilder out = new StringBuilder();
    TextFolding.fold(text)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The reserved term the name contains, the longest when several do. */
  public static Optional<Term> reservedTermIn(String name, Collection<Term> terms) {
    String s = skeleton(name);
    return terms.stream()
        .filter(t -> !t.folded().isEmpty() && contains(s, t.folded()))
        .max(Comparator.comparingInt(t -> t.folded().length()));
  }

  private static boolean contains(String name, String term) {
    if (!LATIN_TERM.matcher(term).matches()) {
      return name.contains(term);
    }
    Matcher run = LATIN_RUN.matcher(name);
    while (run.find()) {
      if (run.group().startsWith(term) || run.group().endsWith(term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What two names must not share among active participants: the folded name without white space
   * (「はなこ」, 「ハナコ」 and 「ﾊﾅｺ」 are one name; 「はなこ2」 is another).
   */
  public static String duplicateKey(String name) {
    return TextFolding.fold(name).replaceAll("\\s+", "");
  }
}
