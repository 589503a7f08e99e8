package jp.kyodo.moderation;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like personal information in a comment: a Japanese phone number (libphonenumber,
 * valid numbers only), an e-mail address, an individual number (12 digits with a valid check digit)
 * or a street address down to the block (丁目・番・号, or a town name followed by 1-2-3). A hit holds the
 * comment for review; it never refuses it, because a moderator judges the context.
 */
public final class PersonalInfoGuard {
  /** What kind of personal information was found; shown to the author. */
  public enum Kind {
    PHONE,
    EMAIL,
    MY_NUMBER,
    ADDRESS
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern TWELVE_DIGITS =
      Pattern.compile("(?<![0-9])([0-9]{4})[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])");
  private static final String NUMBER = "[0-9一二三四五六七八九十]+";
  private static final Pattern BLOCK_ADDRESS =
      Pattern.compile(NUMBER + "\\s*丁目\\s*[0-9]+\\s*(?:番地?|-)|[0-9]+\\s*番地?\\s*[0-9]+\\s*号");

  /** 1-2-3 after a town name (see {@link #hasTownNumbers}). */
  private static final Pattern NUMBERS_1_2_3 = Pattern.compile("(?<![0-9])[0-9]+-[0-9]+-[0-9]+");

  private static final int MY_NUMBER_DIGITS = 12;

  /** libphonenumber allows at most four punctuation characters between groups of digits. */
  private static final int MAX_GAP = 4;

  /** A Japanese subscriber number with its leading 0 (or +81) has 10 digits at least. */
  private static final int PHONE_DIGITS = 10;

  private PersonalInfoGuard() {}

  public static Optional<Kind> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // NFKC turns full-width digits, hyphens and at-signs into their ASCII forms
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('ー', '-');
    if (t.indexOf('@') >= 0 && EMAIL.matcher(t).find()) {
      return Optional.of(Kind.EMAIL);
    }
    // every post is screened: skip the costly searches where no run of digits is long enough
    int digits = longestDigitRun(t);
    if (digits >= MY_NUMBER_DIGITS && hasMyNumber(t)) {
      return Optional.of(Kind.MY_NUMBER);
    }
    if (digits >= PHONE_DIGITS
        && PHONES
            .findNumbers(t, "JP", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
            .iterator()
            .hasNext()) {
      return Optional.of(Kind.PHONE);
    }
    if (digits > 0 && (hasBlockAddress(t) || hasTownNumbers(t))) {
      return Optional.of(Kind.ADDRESS);
    }
    return Optional.empty();
  }

  /**
   * The most digits in one run, where a run may carry up to {@value #MAX_GAP} characters between
   * its digits that are not letters (spaces, hyphens, brackets, dots, slashes; also x, which
   * libphonenumber reads as punctuation). Letters end a run, so the numbers scattered in ordinary
   * text (years, counts, prices) never reach the phone-number search.
   */
  static int longestDigitRun(String t) {
    int longest = 0;
    int run = 0;
    int gap = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        gap = 0;
        longest = Math.max(longest, run);
      } else if ((Character.isLetter(c) && c != 'x' && c != 'X') || ++gap > MAX_GAP) {
        run = 0;
        gap = 0;
      }
    }
    return longest;
  }

  private static boolean hasBlockAddress(String t) {
    return (t.contains("丁目") || t.indexOf('番') >= 0) && BLOCK_ADDRESS.matcher(t).find();
  }

  /**
   * 1-2-3 right after a run of kanji and kana that has a kanji in it (a town name, 三軒茶屋2-11-22).
   * Found from the numbers backwards: a pattern starting at every kanji backtracked over the whole
   * text, quadratic in a long comment.
   */
  private static boolean hasTownNumbers(String t) {
    Matcher m = NUMBERS_1_2_3.matcher(t);
    while (m.find()) {
      for (int i = m.start() - 1; i >= 0 && isKanjiOrKana(t.charAt(i)); i--) {
        if (Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isKanjiOrKana(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean hasMyNumber(String t) {
    Matcher m = TWELVE_DIGITS.matcher(t);
    while (m.find()) {
      if (MyNumber.isValid(m.group(1) + m.group(2) + m.group(3))) {
        return true;
      }
    }
    return false;
  }
}
