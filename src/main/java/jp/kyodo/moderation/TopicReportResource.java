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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
  @Operation(operationId = "reportTopic", summary = "Report a topic (once per participant)")
  @APIResponse(
      responseCode = "201",
      description = "Reported; the moderation case and the reason",
      content = @Content(schema = @Schema(implementation = ReportService.Receipt.class)))
  @APIResponse(
      responseCode = "403",
      description = "`sanctioned`: the participant is suspended or banned")
  @APIResponse(
      responseCode = "409",
      description = "`already_reported`: this participant already reported this topic")
  @APIResponse(
      responseCode = "422",
      description = "`own_content`: participants do not report what they wrote")
  public Response report(@PathParam("id") long id, ModerationRequests.Report request) {
    return Response.status(Response.Status.CREATED)
        .entity(reports.reportTopic(id, request))
        .build();
  }
}
