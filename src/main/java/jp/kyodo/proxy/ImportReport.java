package jp.kyodo.proxy;

import java.util.List;

/**
 * What an import of a CSV did, or would do on a dry run. {@code rows}: the data rows read (empty
 * rows skipped); {@code added}: opinions added (a dry run: that would be added), of which {@code
 * held} wait for a moderator (a watched word or personal information); {@code alreadyImported}:
 * rows an earlier import of the same file added, skipped; {@code errors}: what stops the import, by
 * row and column — an import with any error adds nothing.
 */
public record ImportReport(
    boolean dryRun, int rows, int added, int held, int alreadyImported, List<RowError> errors) {

  /**
   * One problem: the spreadsheet row (the header is row 1), the column as the file names it ({@code
   * 受付日}), the field it fills ({@code receivedOn}; {@code file} for the file as a whole) and what
   * to do, in the reader's language.
   */
  public record RowError(long row, String column, String field, String message) {}
}
