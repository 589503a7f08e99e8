package jp.kyodo.proxy;

import java.util.List;
import java.util.Map;
import jp.kyodo.platform.KyodoException;

/**
 * 422: a CSV import with errors in some rows added nothing. The problem names every row and column
 * ({@link ImportRejectedMapper}).
 */
public class ImportRejectedException extends KyodoException {
  private final transient List<ImportReport.RowError> errors;

  public ImportRejectedException(List<ImportReport.RowError> errors) {
    super(422, "import_rejected", "problem.proxyImport.rejected", Map.of("count", errors.size()));
    this.errors = List.copyOf(errors);
  }

  public List<ImportReport.RowError> errors() {
    return errors;
  }
}
