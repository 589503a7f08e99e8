package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodo.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participants report a topic. */
@Path("topics/{id: [0-9]+}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@ApplicationScoped
public class TopicReportResource {
  @Inject ReportService reports;

  @POST
  @Idempotent
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Report a topic (once per participant)")
  public Response report(@PathParam("id") long id, ModerationRequests.Report request) {
    return Response.status(Response.Status.CREATED)
        .entity(reports.reportTopic(id, request))
        .build();
  }
}
