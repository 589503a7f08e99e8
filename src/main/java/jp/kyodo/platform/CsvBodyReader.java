package jp.kyodo.platform;

import jakarta.annotation.Priority;
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

/**
 * A CSV request body, of whatever declared type, limited as JSON bodies are ({@link
 * JsonBodyReader}): at most {@link CsvUpload#MAX_BYTES}, decided from Content-Length before the
 * body is read, else while reading; more is a 413.
 */
@Provider
@Priority(Priorities.USER)
@Consumes(MediaType.WILDCARD)
public class CsvBodyReader implements MessageBodyReader<CsvUpload> {
  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == CsvUpload.class;
  }

  @Override
  public CsvUpload readFrom(
      Class<CsvUpload> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    int limit = CsvUpload.MAX_BYTES;
    String declared = headers.getFirst("Content-Length");
    if (declared != null
        && declared.strip().matches("[0-9]{1,18}")
        && Long.parseLong(declared.strip()) > limit) {
      throw JsonBodyReader.tooLarge(body, limit);
    }
    byte[] bytes = JsonBodyReader.readAtMost(body, limit);
    if (bytes == null) {
      throw JsonBodyReader.tooLarge(body, limit);
    }
    return new CsvUpload(bytes);
  }
}
