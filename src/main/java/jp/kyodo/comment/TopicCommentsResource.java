package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A topic's thread: cursor-paged top-level comments, and posting a new opinion. */
@Path("topics/{topicId: [0-9]+}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@ApplicationScoped
public class TopicCommentsResource {
  @Inject ThreadService threads;
  @Inject CommentService comments;
  @Inject ThreadPageCache cache;
  @Inject CurrentActor currentActor;

  @GET
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @Operation(
      operationId = "getTopicThread",
      summary =
          "Top-level comments (sort oldest | newest | agreed), each with its first replies;"
              + " follow nextCursor for the next page")
  @APIResponse(
      responseCode = "200",
      description = "A page of the thread",
      content = @Content(schema = @Schema(implementation = ThreadService.ThreadPage.class)))
  public Response thread(
      @PathParam("topicId") long topicId,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    ThreadPageCache.Key page = ThreadPageCache.Key.of(topicId, sort, cursor, limit);
    if (currentActor.get().isAuthenticated()) {
      return Response.ok(threads.topicThread(topicId, sort, cursor, page.limit())).build();
    }
    byte[] json = cache.page(page, () -> threads.topicThread(topicId, sort, cursor, page.limit()));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Idempotent
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "postOpinion", summary = "Post an opinion on an open topic")
  @APIResponse(
      responseCode = "201",
      description = "Posted (or held for moderation: see `status`)",
      content = @Content(schema = @Schema(implementation = CommentView.class)))
  @APIResponse(
      responseCode = "403",
      description = "`sanctioned`: the participant is suspended or banned")
  @APIResponse(
      responseCode = "422",
      description =
          "`topic_closed`, `topic_not_yet_open` or `topic_not_published`: the topic does not take comments now")
  @APIResponse(
      responseCode = "429",
      description = "Too many comments in a short time; see Retry-After")
  public Response post(@PathParam("topicId") long topicId, CommentRequests.NewOpinion request) {
    CommentView created = comments.post(topicId, request);
    return Response.created(CommentResource.location(created)).entity(created).build();
  }
}
