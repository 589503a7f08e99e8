package jp.kyodo.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported media type, unparsable path or query
 * parameter) as problem+json with the same status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    Locale locale = ApiLocale.of(headers);
    if (status >= 500) {
      return UnexpectedExceptionMapper.logged(e, locale);
    }
    Response problem = Problems.simple(status, "http_" + status, "problem.http." + status, locale);
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) {
      builder.header("Allow", allow);
    }
    return builder.build();
  }
}
