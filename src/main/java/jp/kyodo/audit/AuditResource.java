package jp.kyodo.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
public class AuditResource {
  @Inject AuditLog auditLog;

  @GET
  @Operation(summary = "Read the audit log (administrators), newest first")
  public List<AuditLog.AuditEntryView> search(
      @QueryParam("action") String action,
      @QueryParam("actorId") String actorId,
      @QueryParam("limit") String limit) {
    return auditLog.search(
        action,
        QueryParams.optionalLong("actorId", actorId),
        QueryParams.intOr("limit", limit, 100));
  }
}
