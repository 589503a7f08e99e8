package jp.kyodo.platform;

import java.util.Map;

/** 404: does not exist, or the caller may not see it (the two are deliberately the same). */
public class ResourceNotFoundException extends KyodoException {
  public ResourceNotFoundException(String what) {
    super(404, "not_found", "problem.notFound", Map.of("what", what));
  }
}
