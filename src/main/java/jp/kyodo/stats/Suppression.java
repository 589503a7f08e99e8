package jp.kyodo.stats;

/**
 * The one small-cell rule: any figure that fewer than 10 people stand behind is suppressed (no
 * value, a marker instead) on every page, API answer, CSV export and open-data file. Every cell of
 * every statistics table is made here.
 */
public final class Suppression {
  public static final int MIN_PEOPLE = 10;

  private Suppression() {}

  /** A count of people. */
  public static Cell people(long people) {
    return count(people, people);
  }

  /** A figure (comments, reactions, a share) that {@code people} distinct people stand behind. */
  public static Cell count(Number value, long people) {
    if (people < MIN_PEOPLE) {
      return new Cell(null, true);
    }
    return new Cell(value, false);
  }

  /**
   * A figure every reader of the site already sees (a topic's comment and participant totals on its
   * public page): hiding it in a report protects nobody, so it is never suppressed.
   */
  public static Cell published(Number value) {
    return new Cell(value, false);
  }

  /** A figure about nobody in particular (a population, a target): never suppressed. */
  public static Cell reference(Number value) {
    return new Cell(value, false);
  }

  public static boolean suppressed(long people) {
    return people < MIN_PEOPLE;
  }
}
