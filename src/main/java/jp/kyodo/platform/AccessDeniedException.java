package jp.kyodo.platform;

import java.util.Map;

/** 403: the caller can see the thing but may not do this to it. */
public class AccessDeniedException extends KyodoException {
  public AccessDeniedException() {
    this("forbidden", "problem.forbidden", Map.of());
  }

  public AccessDeniedException(String code, String messageKey, Map<String, Object> args) {
    super(403, code, messageKey, args);
  }
}
