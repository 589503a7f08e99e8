package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("topics/{id: [0-9]+}/opinion-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class OpinionGroupsResource {
  @Inject OpinionGroupsService groups;

  @GET
  @Operation(
      operationId = "getOpinionGroups",
      summary =
          "A topic's opinion groups as last computed (staff and administrators): from whose"
              + " votes, the groups with the comments that set each apart, and the comments all"
              + " groups agree on; a group of fewer than 10 people is suppressed")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(
      responseCode = "404",
      description = "No such topic, or its opinion groups were never computed")
  public OpinionGroupsView latest(@PathParam("id") long id) {
    return groups.latest(id);
  }

  @POST
  @Operation(
      operationId = "computeOpinionGroups",
      summary =
          "Compute a topic's opinion groups now from its agree/disagree votes and store the run"
              + " (staff and administrators)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(responseCode = "404", description = "No such topic")
  public OpinionGroupsView compute(@PathParam("id") long id) {
    return groups.compute(id);
  }
}
