package jp.kyodo.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * 403: a new version of the terms or the privacy notice is in force and the participant has not
 * accepted it yet; names the versions to accept (document kind → version).
 */
public class AcceptanceRequiredException extends AccessDeniedException {
  public static final String CODE = "terms_acceptance_required";

  private final Map<String, String> requiredVersions;

  public AcceptanceRequiredException(Map<String, String> requiredVersions) {
    super(CODE, messageKey(requiredVersions), new HashMap<>(requiredVersions));
    this.requiredVersions = Map.copyOf(requiredVersions);
  }

  /** Document kind → the version in force that must be accepted, in a stable order. */
  public Map<String, String> requiredVersions() {
    return new TreeMap<>(requiredVersions);
  }

  private static String messageKey(Map<String, String> versions) {
    if (versions.containsKey("terms") && versions.containsKey("privacy")) {
      return "problem.acceptanceRequired.both";
    }
    return versions.containsKey("terms")
        ? "problem.acceptanceRequired.terms"
        : "problem.acceptanceRequired.privacy";
  }
}
