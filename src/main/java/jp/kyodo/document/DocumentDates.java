package jp.kyodo.document;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kyodo.platform.WardTime;

/** Dates of effect as documents write them: 2026年4月1日, or 1 April 2026 in English. */
public final class DocumentDates {
  private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private DocumentDates() {}

  /** The day (Tokyo time) of an instant. */
  public static String day(OffsetDateTime t, Locale locale) {
    DateTimeFormatter f = "en".equals(locale.getLanguage()) ? EN : JA;
    return f.format(t.atZoneSameInstant(WardTime.ZONE));
  }
}
