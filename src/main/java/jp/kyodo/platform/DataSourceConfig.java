package jp.kyodo.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's JTA datasource. Payara resolves ${MPCONFIG=...} from MicroProfile Config:
 * system properties, then environment variables (KYODO_DB_URL, KYODO_DB_USER, KYODO_DB_PASSWORD),
 * then META-INF/microprofile-config.properties.
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=kyodo.db.url}",
    user = "${MPCONFIG=kyodo.db.user}",
    password = "${MPCONFIG=kyodo.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // validating on every allocation costs a round trip and a class lookup under a lock per
      // transaction (seen in a JFR profile of the posting benchmark); once a minute is enough
      "fish.payara.validate-atmost-once-period-in-seconds=60",
      // one user for every connection: matching connections by credentials only takes a lock
      "fish.payara.match-connections=false"
    })
@Singleton
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/kyodo";
}
