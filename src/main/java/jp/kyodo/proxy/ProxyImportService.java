package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.comment.CommentScreen;
import jp.kyodo.comment.ReceivedOpinions;
import jp.kyodo.platform.BusinessRuleException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.LockingReads;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.UnsupportedMediaTypeException;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.Actor;
import jp.kyodo.topic.Topic;

/**
 * A department's CSV of opinions received outside the web, imported into a topic: every row checked
 * and screened as a single entry is; a dry run reports what would happen and saves nothing; a
 * commit saves every new row in one transaction or, when any row has an error, nothing (422 with
 * every row's errors). Importing the same file again adds nothing: each row's import key (its
 * content, topic and occurrence) is saved with it.
 */
@ApplicationScoped
public class ProxyImportService {
  /** At most this many opinions per file. */
  public static final int MAX_ROWS = 5_000;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject ProxyEntryService entries;
  @Inject ProxyEntryRules rules;
  @Inject ReceivedOpinions received;
  @Inject ReferenceData reference;
  @Inject AuditLog audit;

  /** A row that passed its checks, with its screening and key. */
  private record Ready(ProxyDraft draft, CommentScreen.Screening screening, String key) {}

  /**
   * Checks the file and, unless {@code dryRun}, adds its new rows; messages in {@code locale}.
   * {@code declaredCsv}: whether the body was sent as a CSV file (else 415, once the caller may
   * import at all).
   */
  @Transactional
  public ImportReport run(
      long topicId, byte[] csv, boolean declaredCsv, boolean dryRun, Locale locale) {
    Actor actor = entries.enterer();
    Topic topic = entries.topic(topicId, actor);
    if (!declaredCsv) {
      throw new UnsupportedMediaTypeException("problem.proxyImport.mediaType");
    }
    ProxyCsv.Sheet sheet = ProxyCsv.read(csv);
    if (sheet.rows().size() > MAX_ROWS) {
      throw new BusinessRuleException(
          "import_too_many_rows",
          "problem.proxyImport.tooManyRows",
          Map.of("max", MAX_ROWS, "rows", sheet.rows().size()));
    }
    if (!dryRun) {
      // one import of a topic at a time: a second one waits, then finds these rows imported
      LockingReads.onTransactionConnection(em);
      em.createNativeQuery("select id from topic where id = ?1 for update")
          .setParameter(1, topicId)
          .getResultList();
    }
    ProxyCsvWords words = new ProxyCsvWords(reference.get());
    List<ImportReport.RowError> errors = new ArrayList<>();
    List<Ready> ready = new ArrayList<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (ProxyCsv.Row row : sheet.rows()) {
      List<FieldError> problems = new ArrayList<>();
      ProxyDraft draft = rules.check(words.request(row), topic, problems);
      CommentScreen.Screening screening = null;
      if (draft != null) {
        try {
          screening = received.screen(topic, actor, draft.body());
        } catch (InvalidInputException blocked) {
          problems.addAll(blocked.errors());
        }
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> errors.add(error(row, p, sheet, locale)));
        continue;
      }
      int occurrence = occurrences.merge(draft.content(), 1, Integer::sum);
      ready.add(new Ready(draft, screening, draft.importKey(topicId, occurrence)));
    }
    Set<String> imported = imported(ready.stream().map(Ready::key).toList());
    List<Ready> fresh = ready.stream().filter(r -> !imported.contains(r.key())).toList();
    int held = (int) fresh.stream().filter(r -> r.screening().holds()).count();
    if (!dryRun && !errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    if (!dryRun) {
      for (Ready r : fresh) {
        entries.saveRow(topic, r.draft(), r.screening(), actor, r.key());
        // what is saved need not be watched for changes: without this each flush of a large
        // file compared every entity saved before it (5,000 rows took over 20 s)
        em.clear();
      }
      audit.record(
          actor,
          "comment.proxy_import",
          "topic",
          topicId,
          null,
          "rows="
              + sheet.rows().size()
              + " added="
              + fresh.size()
              + " held="
              + held
              + " already_imported="
              + (ready.size() - fresh.size()));
    }
    return new ImportReport(
        dryRun, sheet.rows().size(), fresh.size(), held, ready.size() - fresh.size(), errors);
  }

  /** The keys among these that an earlier import saved. */
  @SuppressWarnings("unchecked")
  private Set<String> imported(List<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    List<String> found =
        em.createNativeQuery(
                "select import_key from proxy_entry"
                    + " where import_key = any(string_to_array(?1, ','))")
            .setParameter(1, String.join(",", keys))
            .getResultList();
    Set<String> result = new HashSet<>();
    found.forEach(k -> result.add(k.strip()));
    return result;
  }

  private static ImportReport.RowError error(
      ProxyCsv.Row row, FieldError problem, ProxyCsv.Sheet sheet, Locale locale) {
    ProxyCsv.Column column = ProxyCsv.Column.ofField(problem.field()).orElse(null);
    String header =
        column == null ? problem.field() : sheet.headers().getOrDefault(column, column.field());
    return new ImportReport.RowError(
        row.number(),
        header,
        column == null ? problem.field() : column.field(),
        Messages.format(locale, problem.messageKey(), problem.args()));
  }
}
