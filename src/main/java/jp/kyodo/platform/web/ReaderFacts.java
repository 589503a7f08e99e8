package jp.kyodo.platform.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a feature knows of the signed-in reader of the current request, for the pages kept for a
 * class of readers ({@link PersonalMarks}): a CDI bean per feature, naming the kinds of marks it
 * fills. Asked once per page written, with every argument of its kinds the page holds, so that a
 * feature answers with one query.
 */
public interface ReaderFacts {
  /** The kinds of marks this feature fills, e.g. {@code unread}. */
  Set<String> kinds();

  /**
   * The current reader's values: for each kind, a function from a mark's argument to its value; for
   * a section, "true" shows it. A kind left out, or a null value, is empty (a section: not shown).
   *
   * @param marks the arguments in the page, by kind (only this feature's kinds)
   */
  Map<String, Function<String, String>> of(Map<String, Set<String>> marks);
}
