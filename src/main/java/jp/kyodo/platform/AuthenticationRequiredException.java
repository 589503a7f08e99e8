package jp.kyodo.platform;

import java.util.Map;

/** 401: the action needs a signed-in participant. */
public class AuthenticationRequiredException extends KyodoException {
  public AuthenticationRequiredException() {
    this("authentication_required", "problem.authenticationRequired");
  }

  public AuthenticationRequiredException(String code, String messageKey) {
    super(401, code, messageKey, Map.of());
  }
}
