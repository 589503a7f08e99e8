package jp.kyodo.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a key point stands: proposed (by the extraction or by staff), approved (public, and what
 * the results document groups opinions by) or rejected (kept, so that it is not proposed again).
 */
public enum KeyPointStatus {
  CANDIDATE("candidate"),
  APPROVED("approved"),
  REJECTED("rejected");

  private final String code;

  KeyPointStatus(String code) {
    this.code = code;
  }

  /** The value stored in {@code key_point.status} and sent in the API. */
  public String code() {
    return code;
  }

  public static Optional<KeyPointStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
