package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** CSV downloads as bytes, and the one convention every download keeps. */
final class CsvFiles {
  static final String BOM = "\uFEFF";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private CsvFiles() {}

  /**
   * A downloaded file: status, Content-Type, the bytes and their text after the byte-order mark.
   */
  record File(int status, String contentType, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    List<String> lines() {
      return List.of(text().split("\r\n"));
    }

    /** The header row's cells (headers hold no commas or quotes). */
    List<String> header() {
      return List.of(lines().get(0).split(","));
    }
  }

  /**
   * GET with the given headers (name, value, …); asserts the convention: 200, text/csv in UTF-8,
   * the bytes EF BB BF first, CRLF after every record and no bare line feed.
   */
  static File download(String path, String... headers) {
    HttpRequest.Builder b = Api.request(path, null).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> r;
    try {
      r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    File f = new File(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    String text = new String(f.bytes(), StandardCharsets.UTF_8);
    assertEquals(200, f.status(), path + " " + text);
    assertTrue(f.contentType().startsWith("text/csv"), path + " " + f.contentType());
    assertTrue(f.contentType().toLowerCase().contains("charset=utf-8"), f.contentType());
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(f.bytes(), 3),
        path + " starts with the UTF-8 byte-order mark");
    assertFalse(text.substring(1).startsWith(BOM), "one byte-order mark");
    assertTrue(text.endsWith("\r\n"), path + " ends its last record with CRLF");
    assertFalse(text.replace("\r\n", "").contains("\n"), path + " has a bare line feed");
    return f;
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }
}
