package jp.kyodo.platform;

/**
 * A CSV file sent as the request body ({@code Content-Type: text/csv}), as bytes: its encoding is
 * the reader's to find out. At most {@link #MAX_BYTES}; more is a 413 before the rest is read
 * ({@link CsvBodyReader}).
 */
public record CsvUpload(byte[] bytes) {
  /** 2 MiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  public static final String MEDIA_TYPE = "text/csv";
}
