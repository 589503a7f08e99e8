package jp.kyodo.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Every JSON request body of the API: at most {@link #DEFAULT_LIMIT} bytes (or the request record's
 * {@link MaxBodySize}; more is a 413 before the rest is read), then {@link StrictJson}. Takes the
 * place of JSON-B for request records, whose lenient reading stored malformed UTF-8 as U+FFFD,
 * ignored trailing garbage and turned {@code "active":123} into false.
 */
@Provider
@Priority(Priorities.USER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Record> {
  /** 64 KiB: ample for every body but long Markdown and comments, which declare more. */
  public static final int DEFAULT_LIMIT = 64 * 1024;

  /** How much of a refused body is still read before answering 413 (as Tomcat swallows 2 MB). */
  static final long MAX_DISCARDED = 16L * 1024 * 1024;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    // a CSV file is bytes whatever it is declared as (CsvBodyReader)
    return type.isRecord() && type != CsvUpload.class && isJson(mediaType);
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && "application".equals(mediaType.getType())
        && ("json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json"));
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    int limit = limit(type);
    String declared = headers.getFirst("Content-Length");
    if (declared != null && declared.strip().matches("[0-9]{1,18}")) {
      if (Long.parseLong(declared.strip()) > limit) {
        throw tooLarge(body, limit);
      }
    }
    byte[] bytes = readAtMost(body, limit);
    if (bytes == null) {
      throw tooLarge(body, limit);
    }
    // Bean Validation is the services' (after the permission checks); here only to name the
    // other problems of a body that is refused anyway
    return StrictJson.read(
        bytes, type, value -> CDI.current().select(InputValidator.class).get().violations(value));
  }

  /**
   * The 413, after reading what is left of the body (up to {@link #MAX_DISCARDED}), so that a
   * client that sends its whole body before it reads the answer gets it; beyond that the connection
   * is dropped.
   */
  static PayloadTooLargeException tooLarge(InputStream body, int limit) {
    try {
      long discarded = 0;
      byte[] sink = new byte[64 * 1024];
      int n;
      while (discarded < MAX_DISCARDED && (n = body.read(sink)) >= 0) {
        discarded += n;
      }
    } catch (IOException gone) {
      // the client stopped sending: nothing more to read
    }
    return new PayloadTooLargeException(limit);
  }

  static int limit(Class<?> type) {
    MaxBodySize size = type.getAnnotation(MaxBodySize.class);
    return size == null ? DEFAULT_LIMIT : size.kib() * 1024;
  }

  /** The whole body, or null as soon as it is longer than the limit. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] buffer = new byte[Math.min(limit + 1, 16 * 1024)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(limit + 1, buffer.length * 2));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        return Arrays.copyOf(buffer, length);
      }
      length += n;
      if (length > limit) {
        return null;
      }
    }
  }
}
