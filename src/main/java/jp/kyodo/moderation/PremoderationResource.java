package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("topics/{id: [0-9]+}/premoderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@ApplicationScoped
public class PremoderationResource {
  @Inject PremoderationService premoderation;

  @PUT
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "setPremoderation",
      summary = "Hold every new comment on the topic for approval (staff, moderators)")
  @APIResponse(responseCode = "403", description = "Signed in, but neither staff nor a moderator")
  public PremoderationService.State set(
      @PathParam("id") long id, ModerationRequests.Premoderation request) {
    return premoderation.set(id, request);
  }
}
