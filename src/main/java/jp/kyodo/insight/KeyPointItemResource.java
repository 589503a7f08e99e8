package jp.kyodo.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
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

/** One key point: change it (approve, reject, relabel …), merge another into it, delete it. */
@Path("key-points/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@ApplicationScoped
public class KeyPointItemResource {
  @Inject KeyPointEdits edits;
  @Inject KeyPointService service;

  @PATCH
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "editKeyPoint",
      summary =
          "Change a key point (staff and administrators): label, status (approved: public;"
              + " rejected: not proposed again; candidate), sortOrder, comments to add or remove;"
              + " send the version read (else 409)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: the key point changed since the given version")
  @APIResponse(
      responseCode = "422",
      description =
          "`key_point_label_taken`: another key point of the topic has this label;"
              + " `comment_not_in_topic`: a comment id to add is not a visible comment of the"
              + " topic")
  public KeyPointView edit(@PathParam("id") long id, KeyPointRequests.Edit request) {
    return edits.edit(id, request);
  }

  @POST
  @Idempotent
  @Path("merge")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "mergeKeyPoints",
      summary =
          "Merge key point `from` into this one (staff and administrators): its comments join"
              + " this one's, its label is kept as a former label, and it is deleted")
  @APIResponse(
      responseCode = "200",
      description = "This key point after the merge",
      content = @Content(schema = @Schema(implementation = KeyPointView.class)))
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: one of the key points changed since the given version")
  @APIResponse(
      responseCode = "422",
      description =
          "`key_point_merge_self`: a key point cannot be merged into itself;"
              + " `key_point_merge_unknown`: `from` is not a key point of the same topic")
  public Response merge(@PathParam("id") long id, KeyPointRequests.Merge request) {
    return Response.ok(edits.merge(id, request)).build();
  }

  @DELETE
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "deleteKeyPoint",
      summary =
          "Delete a key point (staff and administrators); an extracted one may be proposed"
              + " again — reject it to keep it from coming back")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  public Response delete(@PathParam("id") long id) {
    service.delete(id);
    return Response.noContent().build();
  }
}
