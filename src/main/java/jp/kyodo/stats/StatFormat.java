package jp.kyodo.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import jp.kyodo.platform.web.Language;

/** Figures as pages show them, in the page language: grouped digits, a table's own decimals. */
@Named
@RequestScoped
public class StatFormat {
  @Inject Language language;

  /** A cell's value, or nothing when it is suppressed (the page shows the ＊ marker instead). */
  public String format(Cell cell) {
    if (cell.suppressed() || cell.value() == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getNumberInstance(language.getLocale());
    if (cell.value() instanceof BigDecimal d) {
      f.setMinimumFractionDigits(d.scale());
      f.setMaximumFractionDigits(d.scale());
      return f.format(d);
    }
    return f.format(cell.value().longValue());
  }

  public String number(Object value) {
    if (value == null) {
      return "—";
    }
    return value instanceof Number n ? format(new Cell(n, false)) : value.toString();
  }
}
