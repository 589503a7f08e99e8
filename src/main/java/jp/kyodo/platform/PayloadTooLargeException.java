package jp.kyodo.platform;

import java.util.Map;

/** 413: the request body is larger than the endpoint reads. */
public class PayloadTooLargeException extends KyodoException {
  public PayloadTooLargeException(int limitBytes) {
    super(413, "payload_too_large", "problem.payloadTooLarge", Map.of("max", limitBytes / 1024));
  }
}
