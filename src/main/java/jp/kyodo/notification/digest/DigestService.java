package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.kyodo.notification.Frequency;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.platform.WardTime;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;

/** Running a period's digests by hand (administrators): the last finished one, or a given one. */
@ApplicationScoped
public class DigestService {
  @Inject DigestRunner runner;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject Clock clock;

  /**
   * {@code frequency} daily or weekly; {@code day} an ISO date in the period (default: the last
   * finished one). A period not yet over is refused, since its notifications are still arriving.
   */
  public DigestRunner.DigestRun runNow(String frequency, String day) {
    Actor actor = currentActor.get();
    policy.require(policy.canRunDigests(actor), actor);
    Frequency f =
        Frequency.of(frequency == null ? "" : frequency.strip())
            .filter(x -> x == Frequency.DAILY || x == Frequency.WEEKLY)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "frequency",
                        frequency == null || frequency.isBlank()
                            ? "validation.required"
                            : "validation.code.unknown"));
    LocalDate date = QueryParams.optionalDate("day", day);
    DigestPeriod period =
        date == null
            ? DigestPeriod.lastFinished(f, clock.instant())
            : DigestPeriod.containing(f, date);
    if (!period.finishedAt(clock.instant())) {
      throw new BusinessRuleException(
          "period_not_finished",
          "digest.periodNotFinished",
          Map.of("end", WardTime.time(period.end())));
    }
    return runner.run(period);
  }
}
