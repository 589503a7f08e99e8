package jp.kyodo.comment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.kyodo.platform.InvalidInputException;

/**
 * An opaque position in a list of comments: the sort, and the key of the last comment seen. Keyset
 * pagination: new comments never shift a page, so nothing is skipped or repeated.
 */
public record ThreadCursor(ThreadSort sort, int agreeCount, long id) {

  public String encode() {
    String raw = sort.code() + ":" + agreeCount + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page; a malformed cursor or one from another sort is a 400. */
  public static ThreadCursor decode(String encoded, ThreadSort expected) {
    if (encoded == null || encoded.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split(":");
      ThreadSort sort = ThreadSort.fromCode(parts[0]).orElseThrow();
      if (parts.length != 3 || sort != expected) {
        throw new IllegalArgumentException();
      }
      return new ThreadCursor(sort, Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
    } catch (RuntimeException e) {
      throw InvalidInputException.of("cursor", "validation.cursor");
    }
  }
}
