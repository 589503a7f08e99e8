package jp.kyodo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations from sql/ before anything else touches the database, then tells the
 * rest of the application (for example the administrator bootstrap) that the schema is ready.
 * Bean-managed transactions, because Flyway manages its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Flyway applied "
                + result.migrationsExecuted
                + " migration(s); schema at version "
                + result.targetSchemaVersion
                + " after "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    schemaReady.fire(new SchemaReady());
  }

  /** Fired once at start-up after the migrations have been applied. */
  public record SchemaReady() {}
}
