package jp.kyodo.platform;

import java.util.Map;

/** 422: well-formed, but a rule of the domain refuses it in the current state. */
public class BusinessRuleException extends KyodoException {
  public BusinessRuleException(String code, String messageKey) {
    this(code, messageKey, Map.of());
  }

  public BusinessRuleException(String code, String messageKey, Map<String, Object> args) {
    super(422, code, messageKey, args);
  }
}
