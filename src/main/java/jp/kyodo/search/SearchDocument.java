package jp.kyodo.search;

import java.time.Instant;

/**
 * One public thing to find, as every back end indexes it: a topic (its title, body and the ward's
 * current answer) or a comment (its text), with what the filters ask of it — its topic's status,
 * policy area and place (null area: ward-wide; null district: area-wide) — and when it appeared.
 * Only what the public may read becomes a document; names of authors never do (they are read at
 * display time, so a withdrawal needs no re-indexing).
 */
public record SearchDocument(
    Kind kind,
    long id,
    long topicId,
    String title,
    String text,
    String topicStatus,
    String policyArea,
    String area,
    String district,
    Instant created) {

  /** What a document is. */
  public enum Kind {
    TOPIC("t"),
    COMMENT("c");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The document's key in an index: t12, c345. */
    public String key(long id) {
      return prefix + id;
    }
  }

  public String key() {
    return kind.key(id);
  }
}
