package jp.kyodo.platform;

import java.util.Map;

/** 409: conflicts with the current state, e.g. a duplicate or a stale version. */
public class ConflictException extends KyodoException {
  public ConflictException(String code, String messageKey) {
    super(409, code, messageKey, Map.of());
  }

  public static ConflictException staleVersion() {
    return new ConflictException("stale_version", "problem.staleVersion");
  }
}
