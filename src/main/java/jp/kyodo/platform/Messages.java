package jp.kyodo.platform;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The application's texts (ja first, en second) from the resource bundle jp.kyodo.i18n.messages,
 * shared by pages, API errors and mails. Placeholders are named: {max}, {minutes}; a number is
 * written as the language writes counts (「2,000 文字」), except the identifiers below.
 */
public final class Messages {
  public static final String BUNDLE = "jp.kyodo.i18n.messages";
  public static final Locale JAPANESE = Locale.JAPANESE;
  public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

  /** Numbers that name something rather than count it are written as they are (no 「1,024」 id). */
  private static final Set<String> IDENTIFIERS = Set.of("id", "version", "errorId");

  private Messages() {}

  public static String get(Locale locale, String key) {
    return format(locale, key, Map.of());
  }

  /** Whether the bundles have a text for the key (a word for a stored code, say). */
  public static boolean has(Locale locale, String key) {
    try {
      ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  public static String format(Locale locale, String key, Map<String, ?> args) {
    String text;
    try {
      text = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
    } catch (MissingResourceException e) {
      text = key;
    }
    Locale language = supported(locale);
    for (Map.Entry<String, ?> arg : args.entrySet()) {
      Object value = arg.getValue();
      String shown =
          value instanceof Localized l
              ? l.in(language)
              : value instanceof Number n && !IDENTIFIERS.contains(arg.getKey())
                  ? NumberFormat.getIntegerInstance(language).format(n)
                  : String.valueOf(value);
      text = text.replace("{" + arg.getKey() + "}", shown);
    }
    return text;
  }

  /**
   * An argument whose words depend on the language it is written in (an end of suspension:
   * 「2026/12/10」, "the end of 2026/12/10"), so a refusal built once reads right in either language.
   */
  @FunctionalInterface
  public interface Localized {
    String in(Locale locale);
  }

  /** Japanese unless the caller asked for a language we support. */
  /** A participant's preferred language (a tag, or null for none) as a supported locale. */
  public static Locale ofPreference(String languageTag) {
    return languageTag == null ? JAPANESE : supported(Locale.forLanguageTag(languageTag));
  }

  public static Locale supported(Locale requested) {
    if (requested != null) {
      for (Locale l : SUPPORTED) {
        if (l.getLanguage().equals(requested.getLanguage())) {
          return l;
        }
      }
    }
    return JAPANESE;
  }

  public static Locale firstSupported(List<Locale> preferences) {
    for (Locale p : preferences) {
      for (Locale l : SUPPORTED) {
        if (l.getLanguage().equals(p.getLanguage())) {
          return l;
        }
      }
    }
    return JAPANESE;
  }
}
