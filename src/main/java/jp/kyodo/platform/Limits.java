package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured rate limits; 0 switches one off. */
@ApplicationScoped
public class Limits {
  @Inject RateLimiter limiter;

  @Inject
  @ConfigProperty(name = "kyodo.limits.comments-per-minute", defaultValue = "5")
  long commentsPerMinute;

  @Inject
  @ConfigProperty(name = "kyodo.limits.comments-per-day", defaultValue = "100")
  long commentsPerDay;

  @Inject
  @ConfigProperty(name = "kyodo.limits.registrations-per-hour", defaultValue = "20")
  long registrationsPerHour;

  @Inject
  @ConfigProperty(name = "kyodo.limits.sign-ins-per-10-minutes", defaultValue = "60")
  long signInsPer10Minutes;

  /** Comments and replies, per participant. */
  public void comment(long participantId) {
    limiter.acquire(
        "comment",
        String.valueOf(participantId),
        "problem.rateLimited.comments",
        List.of(
            new RateLimiter.Window(commentsPerMinute, Duration.ofMinutes(1)),
            new RateLimiter.Window(commentsPerDay, Duration.ofDays(1))));
  }

  /** Registrations, per client address. */
  public void registration(String clientAddress) {
    limiter.acquire(
        "registration",
        clientAddress,
        "problem.rateLimited.registrations",
        List.of(new RateLimiter.Window(registrationsPerHour, Duration.ofHours(1))));
  }

  /** Sign-in attempts (web and API), per client address. */
  public void signIn(String clientAddress) {
    limiter.acquire(
        "sign-in",
        clientAddress,
        "problem.rateLimited.signIns",
        List.of(new RateLimiter.Window(signInsPer10Minutes, Duration.ofMinutes(10))));
  }
}
