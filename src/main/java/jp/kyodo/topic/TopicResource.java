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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
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
      operationId = "listTopics",
      summary =
          "Topics: filter by status, policy area, area or district; sort newest | closing | active")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
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
  @Operation(operationId = "createTopic", summary = "Open a new topic as a draft (staff)")
  @APIResponse(
      responseCode = "201",
      description = "Created as a draft",
      content = @Content(schema = @Schema(implementation = TopicView.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  public Response create(TopicContent content, @Context UriInfo uri) {
    TopicView created = service.create(content);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(operationId = "getTopic", summary = "One topic with the ward's current answer")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  public TopicView get(@PathParam("id") long id) {
    return queries.view(id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "reviseTopic",
      summary = "Edit a topic (staff); send version to detect stale edits")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: the topic changed since the given version")
  @APIResponse(
      responseCode = "422",
      description = "`topic_archived`: an archived topic cannot be edited")
  public TopicView revise(@PathParam("id") long id, TopicContent content) {
    return service.revise(id, content);
  }

  @POST
  @Path("{id: [0-9]+}/publication")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "publishTopic",
      summary = "Publish a draft: it opens for comments (staff)")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(
      responseCode = "422",
      description =
          "`topic_not_draft` or `topic_period_over`: only a draft whose period has not ended can be published")
  public TopicView publish(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.PUBLISH);
  }

  @POST
  @Path("{id: [0-9]+}/closure")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "closeTopic",
      summary = "Close an open topic: it becomes read-only (staff)")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(
      responseCode = "422",
      description = "`topic_not_open`: only an open topic can be closed")
  public TopicView close(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.CLOSE);
  }

  @POST
  @Path("{id: [0-9]+}/archival")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "archiveTopic", summary = "Archive a closed topic (staff)")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(
      responseCode = "422",
      description = "`topic_not_closed`: only a closed topic can be archived")
  public TopicView archive(@PathParam("id") long id) {
    return service.advance(id, TopicService.Step.ARCHIVE);
  }

  @GET
  @Path("{id: [0-9]+}/response")
  @Operation(
      operationId = "listOfficialResponses",
      summary = "The ward's answer (区の考え方): every published version, newest first")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  public List<OfficialResponse.View> responses(@PathParam("id") long id) {
    return responses.history(id, policy.canSeeDraftTopics(currentActor.get()));
  }

  @PUT
  @Path("{id: [0-9]+}/response")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "publishOfficialResponse",
      summary = "Publish a new version of the ward's answer (staff)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but may not publish the ward's answer")
  @APIResponse(
      responseCode = "422",
      description = "`topic_not_published`: a draft topic has no answer yet")
  public OfficialResponse.View respond(
      @PathParam("id") long id, OfficialResponses.Publication publication) {
    return responses.publish(id, publication);
  }
}
