package jp.kyodo.comment;

import java.util.Arrays;
import java.util.Optional;

/** Orders of a topic's top-level comments. */
public enum ThreadSort {
  OLDEST("oldest"),
  NEWEST("newest"),
  AGREED("agreed");

  private final String code;

  ThreadSort(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ThreadSort> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
