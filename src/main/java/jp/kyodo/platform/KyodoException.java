package jp.kyodo.platform;

import java.util.Map;

/**
 * A failure a person can act on. Carries an HTTP status, a stable machine-readable code and a
 * message key that the edge (REST mapper or page bean) renders in the caller's language.
 */
public abstract class KyodoException extends RuntimeException {
  private final int status;
  private final String code;
  private final String messageKey;
  private final Map<String, Object> args;

  protected KyodoException(int status, String code, String messageKey, Map<String, Object> args) {
    super(code + ": " + messageKey + " " + args);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.args = Map.copyOf(args);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public Map<String, Object> args() {
    return args;
  }
}
