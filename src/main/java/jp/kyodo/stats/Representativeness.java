package jp.kyodo.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Participants compared with the ward's population, group by group (age bands, areas): each group's
 * share of the registrants who answered the question against its share of the population. A ratio
 * below 1 means the group is under-represented; the lowest ones are highlighted.
 */
public final class Representativeness {
  /** Groups below this ratio are called under-represented. */
  public static final BigDecimal UNDER = new BigDecimal("0.80");

  /** How many of the lowest groups are highlighted. */
  public static final int HIGHLIGHTED = 3;

  private Representativeness() {}

  /**
   * One group. Shares are percentages with one decimal; {@code ratio} is participant share over
   * population share with two decimals. Suppressed groups have neither share nor ratio.
   */
  public record Group(
      String code,
      long participants,
      long population,
      BigDecimal participantShare,
      BigDecimal populationShare,
      BigDecimal ratio,
      boolean suppressed,
      boolean highlighted) {}

  /**
   * @param participants registrants per group code (only groups with a population; answered only)
   * @param population population per group code, in the order to report
   */
  public static List<Group> compare(Map<String, Long> participants, Map<String, Long> population) {
    long totalParticipants = participants.values().stream().mapToLong(Long::longValue).sum();
    long totalPopulation = population.values().stream().mapToLong(Long::longValue).sum();
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, Long> e : population.entrySet()) {
      long n = participants.getOrDefault(e.getKey(), 0L);
      BigDecimal popShare = percent(e.getValue(), totalPopulation);
      if (Suppression.suppressed(n) || totalParticipants == 0) {
        groups.add(new Group(e.getKey(), n, e.getValue(), null, popShare, null, true, false));
        continue;
      }
      BigDecimal share = percent(n, totalParticipants);
      BigDecimal ratio = ratio(n, totalParticipants, e.getValue(), totalPopulation);
      groups.add(new Group(e.getKey(), n, e.getValue(), share, popShare, ratio, false, false));
    }
    // a suppressed group counts as under-represented only if even MIN_PEOPLE - 1 people would be
    List<String> lowest =
        groups.stream()
            .filter(g -> bound(g, totalParticipants, totalPopulation) != null)
            .filter(g -> bound(g, totalParticipants, totalPopulation).compareTo(UNDER) < 0)
            .sorted(Comparator.comparing(g -> bound(g, totalParticipants, totalPopulation)))
            .limit(HIGHLIGHTED)
            .map(Group::code)
            .toList();
    return groups.stream()
        .map(
            g ->
                lowest.contains(g.code())
                    ? new Group(
                        g.code(),
                        g.participants(),
                        g.population(),
                        g.participantShare(),
                        g.populationShare(),
                        g.ratio(),
                        g.suppressed(),
                        true)
                    : g)
        .toList();
  }

  /** The ratio, or for a suppressed group the highest ratio it could have. */
  private static BigDecimal bound(Group g, long totalParticipants, long totalPopulation) {
    if (!g.suppressed()) {
      return g.ratio();
    }
    if (totalParticipants == 0 || g.population() == 0) {
      return null;
    }
    return ratio(Suppression.MIN_PEOPLE - 1, totalParticipants, g.population(), totalPopulation);
  }

  private static BigDecimal ratio(long n, long totalParticipants, long pop, long totalPopulation) {
    return BigDecimal.valueOf(n)
        .multiply(BigDecimal.valueOf(totalPopulation))
        .divide(
            BigDecimal.valueOf(totalParticipants).multiply(BigDecimal.valueOf(pop)),
            2,
            RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
