package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Moderation thresholds from configuration. */
@ApplicationScoped
public class ModerationSettings {
  @Inject
  @ConfigProperty(name = "kyodo.moderation.auto-hide-reports", defaultValue = "3")
  int autoHideReports;

  @Inject
  @ConfigProperty(name = "kyodo.moderation.new-participant-held-comments", defaultValue = "0")
  int newParticipantHeldComments;

  /** Reports from distinct participants that hide an item until a moderator decides. */
  public int autoHideReports() {
    return Math.max(1, autoHideReports);
  }

  /** A participant's first N comments are held for approval; 0 switches this off. */
  public int newParticipantHeldComments() {
    return Math.max(0, newParticipantHeldComments);
  }
}
