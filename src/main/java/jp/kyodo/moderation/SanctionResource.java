package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Warnings, suspensions and bans (moderators). */
@Path("sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@ApplicationScoped
public class SanctionResource {
  @Inject SanctionService sanctions;

  @GET
  @Path("participant/{participantId: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listSanctions",
      summary = "A participant's sanctions (moderators, or the participant)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither a moderator nor this participant")
  public List<SanctionService.SanctionView> list(@PathParam("participantId") long participantId) {
    return sanctions.list(participantId);
  }

  @POST
  @Idempotent
  @Path("participant/{participantId: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "issueSanction",
      summary = "Warn, suspend (until a date) or ban a participant, with a reason")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      content = @Content(schema = @Schema(implementation = SanctionService.SanctionView.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not a moderator")
  public Response issue(
      @PathParam("participantId") long participantId, ModerationRequests.Sanction request) {
    return Response.status(Response.Status.CREATED)
        .entity(sanctions.issue(participantId, request))
        .build();
  }

  @POST
  @Path("{id: [0-9]+}/lift")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "liftSanction", summary = "Lift a suspension or ban, with a reason")
  @APIResponse(responseCode = "403", description = "Signed in, but not a moderator")
  @APIResponse(
      responseCode = "422",
      description = "`sanction_not_active`: the sanction is a warning or already lifted")
  public SanctionService.SanctionView lift(
      @PathParam("id") long id, ModerationRequests.Lift request) {
    return sanctions.lift(id, request);
  }
}
