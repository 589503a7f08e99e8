package jp.kyodo.platform;

import java.util.Map;

/** 503: the database cannot serve now; says when to try again (Retry-After). */
public class ServiceUnavailableException extends KyodoException {
  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public ServiceUnavailableException() {
    super(503, "service_unavailable", "problem.unavailable", Map.of());
  }

  /** Another part that cannot serve for a moment (a search index being built). */
  protected ServiceUnavailableException(String code, String messageKey) {
    super(503, code, messageKey, Map.of());
  }
}
