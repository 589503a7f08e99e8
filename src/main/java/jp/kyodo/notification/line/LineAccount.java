package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;

/** The signed-in participant's own LINE link: whether it is made, a code to make it, unlinking. */
@ApplicationScoped
public class LineAccount {
  @Inject CurrentActor currentActor;
  @Inject LineSettings settings;
  @Inject LineLinks links;

  /**
   * Whether LINE is offered at all ({@code available}), whether my LINE account is linked and since
   * when, and the ward account's add-friend link when configured. The LINE user id is never part of
   * it.
   */
  public record LineStatus(
      boolean available, boolean linked, OffsetDateTime linkedAt, String friendUrl) {}

  /** A one-time code to send to the ward's LINE account, valid until {@code expiresAt}. */
  public record LinkCode(String code, OffsetDateTime expiresAt, String friendUrl) {}

  public LineStatus status() {
    long me = signedIn();
    Optional<OffsetDateTime> since = links.linkedSince(me);
    return new LineStatus(
        settings.enabled(),
        since.isPresent(),
        since.orElse(null),
        settings.enabled() ? settings.friendUrl().orElse(null) : null);
  }

  public LinkCode newCode() {
    long me = signedIn();
    if (!settings.enabled()) {
      throw new BusinessRuleException("line_unavailable", "problem.line.unavailable");
    }
    LineLinks.IssuedCode issued = links.issue(me);
    return new LinkCode(issued.code(), issued.expiresAt(), settings.friendUrl().orElse(null));
  }

  /** Unlinks my LINE account (also when LINE is off now); nothing linked is no error. */
  public void unlink() {
    links.unlink(signedIn());
  }

  private long signedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor.id();
  }
}
