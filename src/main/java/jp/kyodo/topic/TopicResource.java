package jp.kyodo.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.QueryParams;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@ApplicationScoped
public class TopicResource {
  @Inject TopicService service;
  @Inject TopicQueries queries;
  @Inject OfficialResponses responses;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;

  @GET
  @Operation(
      summary =
          "Topics: filter by status, policy area, area or district; sort newest | closing | active")
  public TopicQueries.TopicListing list(
      @QueryParam("status") String status,
      @QueryParam("policyArea") String policyArea,
      @QueryParam("area") String area,
      @QueryParam("district") String district,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return queries.list(
        new TopicQueries.Filter(
            status,
            policyArea,
            area,
            district,
            sort,
            QueryParams.intOr("page", page, 1),
            QueryParams.intOr("size", size, 20)));
  }

  @POST
  @Idempotent
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Open a new topic as a draft (staff)")
  public Response create(TopicContent content, @Context UriInfo uri) {
    TopicView created = service.create(content);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One topic with the ward's current answer")
  public TopicView get(@PathParam("id") long id) {
    return queries.view(id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Edit a topic (staff); send version to detect stale edits")
  public TopicView revise(@PathParam("id") long id, TopicContent content) {
    return service.revise(id, content);
  }

  @POST
  @Path("{id: [0-9]+}/publication")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Publish a draft: it opens for comments (staff)")
  public TopicView publish(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.PUBLISH);
  }

  @POST
  @Path("{id: [0-9]+}/closure")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Close an open topic: it becomes read-only (staff)")
  public TopicView close(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.CLOSE);
  }

  @POST
  @Path("{id: [0-9]+}/archival")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Archive a closed topic (staff)")
  public TopicView archive(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.ARCHIVE);
  }

  @GET
  @Path("{id: [0-9]+}/response")
  @Operation(summary = "The ward's answer (区の考え方): every published version, newest first")
  public List<OfficialResponse.View> responses(@PathParam("id") long id) {
    return responses.history(id, policy.canSeeDraftTopics(currentActor.get()));
  }

  @PUT
  @Path("{id: [0-9]+}/response")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Publish a new version of the ward's answer (staff)")
  public OfficialResponse.View respond(
      @PathParam("id") long id, OfficialResponses.Publication publication) {
    return responses.publish(id, publication);
  }
}
