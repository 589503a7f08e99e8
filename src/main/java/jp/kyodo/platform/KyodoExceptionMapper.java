package jp.kyodo.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class KyodoExceptionMapper implements ExceptionMapper<KyodoException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(KyodoException e) {
    return Problems.response(e, ApiLocale.of(headers));
  }
}
