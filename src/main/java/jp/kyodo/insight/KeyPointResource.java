package jp.kyodo.insight;

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
import java.net.URI;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A topic's key points (論点): read them, extract candidates, write one by hand. */
@Path("topics/{id: [0-9]+}/key-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@ApplicationScoped
public class KeyPointResource {
  @Inject KeyPointQueries queries;
  @Inject KeyPointService service;

  @GET
  @Operation(
      operationId = "listKeyPoints",
      summary =
          "A topic's key points (論点): for everyone the approved ones, in staff's order, with their"
              + " visible comments; for staff and administrators every key point with its status,"
              + " score and version")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  public List<KeyPointView> list(@PathParam("id") long id) {
    return queries.list(id);
  }

  @POST
  @Path("extract")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "extractKeyPoints",
      summary =
          "Propose candidate key points from the topic's visible comments (staff and"
              + " administrators): the earlier untouched candidates are replaced; approved,"
              + " rejected and edited key points stay, and their labels are not proposed again."
              + " Safe to repeat (it replaces what it proposed before). Answers every key point of"
              + " the topic, the new candidates among them")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(responseCode = "404", description = "No such topic")
  public List<KeyPointView> extract(@PathParam("id") long id) {
    return service.extract(id);
  }

  @POST
  @Idempotent
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createKeyPoint",
      summary =
          "Write a key point by hand (staff and administrators): a candidate with a label and,"
              + " optionally, the visible comments of the topic it stands for")
  @APIResponse(
      responseCode = "201",
      description = "Created as a candidate",
      content = @Content(schema = @Schema(implementation = KeyPointView.class)))
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  @APIResponse(responseCode = "404", description = "No such topic")
  @APIResponse(
      responseCode = "422",
      description =
          "`key_point_label_taken`: another key point of the topic has this label;"
              + " `comment_not_in_topic`: a comment id is not a visible comment of the topic")
  public Response create(@PathParam("id") long id, KeyPointRequests.NewKeyPoint request) {
    KeyPointView created = service.create(id, request);
    return Response.created(URI.create("key-points/" + created.id())).entity(created).build();
  }
}
