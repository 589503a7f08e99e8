package jp.kyodo.proxy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an opinion was received, as people write it: 2026-11-20, 2026/11/20, 2026/1/5,
 * 2026年11月20日, in full-width digits too (what Excel in Japan writes for a date cell).
 */
public final class ReceivedDates {
  private static final Pattern DAY =
      Pattern.compile("([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?");

  private ReceivedDates() {}

  /** The day, or empty when the text is not one (a real calendar day). */
  public static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Matcher m = DAY.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
