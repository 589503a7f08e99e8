package jp.kyodo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit-log")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class AuditResource {
  @Inject AuditLog auditLog;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "readAuditLog",
      summary =
          "Read the audit log (administrators), newest first; filter by action (prefix), actor,"
              + " target and days (from/to as YYYY-MM-DD, Tokyo, inclusive)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public List<AuditLog.AuditEntryView> search(
      @QueryParam("action") String action,
      @QueryParam("actorId") String actorId,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    return auditLog.search(
        filter(action, actorId, targetType, targetId, from, to),
        QueryParams.intOr("limit", limit, 100));
  }

  @GET
  @Path("export.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      operationId = "exportAuditLog",
      summary =
          "The filtered audit log as CSV headed in the Accept-Language (Japanese by default)"
              + " (administrators); the export is audited")
  @APIResponse(
      responseCode = "200",
      description = "The entries as CSV (UTF-8 with a byte-order mark, header row, CRLF)",
      content = @Content(mediaType = Csv.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public Response export(
      @QueryParam("action") String action,
      @QueryParam("actorId") String actorId,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context HttpHeaders headers) {
    String csv =
        auditLog.exportCsv(
            filter(action, actorId, targetType, targetId, from, to), ApiLocale.of(headers));
    return Response.ok(csv, Csv.MEDIA_TYPE)
        .header("Content-Disposition", Csv.attachment("kyodo-audit-log.csv"))
        .build();
  }

  static AuditLog.Filter filter(
      String action, String actorId, String targetType, String targetId, String from, String to) {
    return new AuditLog.Filter(
        blankToNull(action),
        QueryParams.optionalLong("actorId", actorId),
        blankToNull(targetType),
        blankToNull(targetId),
        QueryParams.optionalDayStart("from", from, 0),
        QueryParams.optionalDayStart("to", to, 1));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
