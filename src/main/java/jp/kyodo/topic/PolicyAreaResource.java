package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
      summary = "Add or change a policy area (administrators); audited")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public PolicyAreas.PolicyArea save(@PathParam("code") String code, PolicyAreas.Change change) {
    return policyAreas.save(code, change);
  }
}
