package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * How many nodes this node's data grid has (/health/live, data {@code members}): what an operator
 * checks after starting a cluster. Always up: a node alone still serves.
 */
@Liveness
@ApplicationScoped
public class DataGridHealthCheck implements HealthCheck {
  @Inject DataGrid grid;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("kyodo-data-grid")
        .up()
        .withData("members", grid.members())
        .build();
  }
}
