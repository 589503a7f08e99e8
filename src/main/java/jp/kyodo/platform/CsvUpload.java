package jp.kyodo.platform;

import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * A CSV file sent as the request body, as bytes: its encoding is the reader's to find out. At most
 * {@link #MAX_BYTES}; more is a 413 before the rest is read ({@link CsvBodyReader}). Read whatever
 * its declared type, so that who may send it is decided first; {@link #isCsv} then tells a CSV from
 * a body of another kind.
 */
public record CsvUpload(byte[] bytes) {
  /** 2 MiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  public static final String MEDIA_TYPE = "text/csv";

  /** What browsers and tools declare a CSV file as (Windows: Excel's type), or nothing at all. */
  private static final Set<String> CSV_TYPES =
      Set.of(
          "text/csv",
          "text/plain",
          "text/comma-separated-values",
          "application/csv",
          "application/vnd.ms-excel",
          "application/octet-stream");

  /** Whether a body of this declared type may be a CSV file. */
  public static boolean isCsv(MediaType declared) {
    return declared == null
        || CSV_TYPES.contains((declared.getType() + "/" + declared.getSubtype()).toLowerCase());
  }
}
