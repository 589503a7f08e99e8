package jp.kyodo.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers: load balancers and the test harness poll /health. While
 * {@link DatabaseAvailability} has the database down it answers DOWN at once; otherwise it borrows
 * a pooled connection and checks it, and reports a failure there.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
  static final String NAME = "kyodo-database";

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseAvailability database;

  @Override
  public HealthCheckResponse call() {
    if (!database.isAvailable()) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", "unreachable")
          .withData("since", database.downSince().map(Object::toString).orElse(""))
          .build();
    }
    try (Connection c = dataSource.getConnection()) {
      if (c.isValid(2)) {
        return HealthCheckResponse.named(NAME).up().build();
      }
      database.markDown("a pooled connection did not answer within 2 s");
      return HealthCheckResponse.named(NAME).down().withData("error", "no answer").build();
    } catch (Exception e) {
      database.report(e);
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
