package jp.kyodo.platform;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Everything else. Known causes wrapped by the container (a transaction that rolled back on a stale
 * version, a body JSON-B could not read) keep their own status; a database that cannot serve is a
 * 503 with Retry-After (and is reported to {@link DatabaseAvailability}); a real fault is a 500
 * with an opaque id that is also in the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context HttpHeaders headers;
  @Inject DatabaseAvailability database;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = ApiLocale.of(headers);
    if (database.report(e)) {
      return Problems.response(new ServiceUnavailableException(), locale);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KyodoException known) {
        return Problems.response(known, locale);
      }
      if (t instanceof OptimisticLockException) {
        return Problems.response(ConflictException.staleVersion(), locale);
      }
      if (t instanceof JsonbException || t instanceof JsonException) {
        return MalformedBodyMapper.response(t, locale);
      }
    }
    return logged(e, locale);
  }

  static Response logged(Throwable e, Locale locale) {
    return Problems.response(Problems.internal(e, locale));
  }
}
