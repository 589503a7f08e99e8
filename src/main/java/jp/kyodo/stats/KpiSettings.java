package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The KPI's configuration: the ward's baseline and target (28,950 → 42,000 by the end of fiscal
 * 2028), registrants carried over from the previous platform, and the calendar the statistics use.
 */
@ApplicationScoped
public class KpiSettings {
  @Inject
  @ConfigProperty(name = "kyodo.kpi.baseline", defaultValue = "28950")
  long baseline;

  @Inject
  @ConfigProperty(name = "kyodo.kpi.target", defaultValue = "42000")
  long target;

  @Inject
  @ConfigProperty(name = "kyodo.kpi.target-date", defaultValue = "2029-03-31")
  String targetDate;

  @Inject
  @ConfigProperty(name = "kyodo.kpi.carried-over", defaultValue = "0")
  long carriedOver;

  @Inject
  @ConfigProperty(name = "kyodo.kpi.forecast-days", defaultValue = "28")
  int forecastDays;

  @Inject
  @ConfigProperty(name = "kyodo.stats.zone", defaultValue = "Asia/Tokyo")
  String zone;

  public long baseline() {
    return baseline;
  }

  public long target() {
    return target;
  }

  public LocalDate targetDate() {
    return LocalDate.parse(targetDate);
  }

  /** Registrants from the ward's previous platform that the ward chose to add to the KPI. */
  public long carriedOver() {
    return carriedOver;
  }

  /** The recent period whose growth the forecast extends. */
  public int forecastDays() {
    return Math.max(1, forecastDays);
  }

  /** Days begin and end at midnight in this zone. */
  public ZoneId zone() {
    return ZoneId.of(zone);
  }
}
