package jp.kyodo.platform;

import java.util.Map;

/** 415: the body is not of the kind the endpoint reads; the message says which it reads. */
public class UnsupportedMediaTypeException extends KyodoException {
  public UnsupportedMediaTypeException(String messageKey) {
    super(415, "http_415", messageKey, Map.of());
  }
}
