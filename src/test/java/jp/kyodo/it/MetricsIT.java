package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Metrics are switched off (config/*.asadmin): nobody reads them anonymously. */
@ExtendWith(KyodoServer.class)
class MetricsIT {

  @Test
  void anonymousMetricsRequestsAreNotServedMetrics() {
    for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor"}) {
      for (String accept : new String[] {"text/plain", "application/json"}) {
        Api.Reply reply = Api.send(Api.request(path, null).header("Accept", accept).GET());
        assertEquals(403, reply.status(), path + " " + accept + ": " + reply.body());
        assertFalse(reply.body().contains("# TYPE"), reply.body());
        assertFalse(reply.body().contains("jvm_uptime"), reply.body());
        assertFalse(reply.body().contains("connection_pool"), reply.body());
        assertFalse(reply.body().contains("\"base\""), reply.body());
      }
    }
  }
}
