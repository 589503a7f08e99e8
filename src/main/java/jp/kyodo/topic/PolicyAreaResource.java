package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("policy-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@ApplicationScoped
public class PolicyAreaResource {
  @Inject PolicyAreas policyAreas;

  @GET
  @Operation(
      operationId = "listPolicyAreas",
      summary = "The policy areas topics belong to (active ones)")
  public List<PolicyAreas.PolicyArea> list() {
    return policyAreas.active();
  }

  @PUT
  @Path("{code}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "savePolicyArea",
      summary =
          "Add (201) or change (200) the policy area with this code (administrators); audited."
              + " A code that is not lower-case words joined by hyphens is 404")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = PolicyAreas.PolicyArea.class)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = PolicyAreas.PolicyArea.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public Response save(
      @PathParam("code") String code, PolicyAreas.Change change, @Context UriInfo uri) {
    PolicyAreas.Saved saved = policyAreas.save(code, change);
    return saved.created()
        ? Response.created(uri.getAbsolutePath()).entity(saved.area()).build()
        : Response.ok(saved.area()).build();
  }
}
