package jp.kyodo.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation at the edge (parameters of resource methods): 400 with the field names. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    InvalidInputException invalid =
        new InvalidInputException(
            e.getConstraintViolations().stream().map(InputValidator::toFieldError).toList());
    return Problems.response(invalid, ApiLocale.of(headers));
  }
}
