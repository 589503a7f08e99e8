package jp.kyodo.document;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which versions in force a participant still has to accept: of each document they once accepted,
 * the version in force when they have not accepted that one. An account that never accepted a
 * document (the administrator the system creates at first start) is not asked for it; everyone who
 * registers accepts both.
 */
public final class Acceptances {
  private Acceptances() {}

  /** One recorded acceptance. */
  public record Accepted(String kind, String version) {}

  /** Document kind → version in force that waits for acceptance; empty when nothing does. */
  public static Map<String, String> due(
      Map<String, String> inForce, Collection<Accepted> accepted) {
    Map<String, String> due = new TreeMap<>();
    inForce.forEach(
        (kind, version) -> {
          boolean acceptedBefore = accepted.stream().anyMatch(a -> a.kind().equals(kind));
          boolean acceptedThis =
              accepted.stream().anyMatch(a -> a.kind().equals(kind) && a.version().equals(version));
          if (acceptedBefore && !acceptedThis) {
            due.put(kind, version);
          }
        });
    return due;
  }
}
