package jp.kyodo.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA datasource. Payara resolves ${MPCONFIG=...} from MicroProfile Config:
 * system properties, then environment variables (KYODO_DB_URL, KYODO_DB_USER, KYODO_DB_PASSWORD),
 * then META-INF/microprofile-config.properties.
 *
 * <p>Timeouts keep a database outage short for callers (docs/operations.md, "Database outage"): a
 * new connection gives up after 2 s (3 s with the login), a request waiting for a free pooled
 * connection after 5 s (Payara's default is 60 s), and a read from a server gone silent after 120 s
 * (the statistics snapshot runs statements of many seconds; requests meanwhile get 503 from {@link
 * DatabaseAvailability} as soon as the health check finds no answer within 2 s). A connection not
 * validated within the last second is validated before it is lent, and one failed validation
 * discards every pooled connection: after PostgreSQL restarts, the first request finds the dead
 * connections out and the pool refills with fresh ones at once.
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=kyodo.db.url}",
    user = "${MPCONFIG=kyodo.db.user}",
    password = "${MPCONFIG=kyodo.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 3,
    properties = {
      // PgJDBC, in seconds
      "connectTimeout=2",
      "socketTimeout=120",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // validating on every allocation costs a round trip and a class lookup under a lock per
      // transaction (seen in a JFR profile of the posting benchmark); at most once a second per
      // connection costs nothing measurable and finds dead connections as soon as they are lent
      // again (once a minute held dead connections in the pool for up to a minute)
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      // one user for every connection: matching connections by credentials only takes a lock
      "fish.payara.match-connections=false"
    })
@Singleton
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/kyodo";
}
