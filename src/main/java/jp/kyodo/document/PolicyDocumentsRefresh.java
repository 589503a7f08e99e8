package jp.kyodo.document;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Reads the list of policy document versions at start-up and every 30 seconds, so that a version
 * another server published is seen here within that time without any request paying for it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class PolicyDocumentsRefresh {
  @Inject PolicyDocuments documents;

  @PostConstruct
  void load() {
    documents.reload();
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void refresh() {
    documents.reload();
  }
}
