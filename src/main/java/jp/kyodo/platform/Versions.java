package jp.kyodo.platform;

/**
 * Optimistic locking, one rule for every write that changes something with a version (a profile, a
 * topic, a comment, a moderation case, a decision template): the client sends the version it read.
 * Without one the write is a 400 naming {@code version} — it could otherwise overwrite a change it
 * never saw; with an old one it is a 409.
 */
public final class Versions {
  private Versions() {}

  public static void require(Long sent, long current) {
    if (sent == null) {
      throw InvalidInputException.of("version", "validation.version.required");
    }
    if (sent != current) {
      throw ConflictException.staleVersion();
    }
  }
}
