package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One comment: its context, its replies, editing, deleting and reacting. */
@Path("comments/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@ApplicationScoped
public class CommentResource {
  @Inject ThreadService threads;
  @Inject CommentService comments;
  @Inject ReactionService reactions;

  @GET
  @Operation(
      operationId = "getComment",
      summary = "A comment (permalink) with its ancestors and first page of replies")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  public ThreadService.CommentContext get(@PathParam("id") long id) {
    return threads.context(id);
  }

  @PUT
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "editComment",
      summary = "Edit my comment; version must be the one I saw (else 409)")
  @APIResponse(
      responseCode = "403",
      description = "Not the author, or the author is suspended or banned")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: the comment changed since the given version")
  @APIResponse(
      responseCode = "422",
      description =
          "`comment_deleted`, `comment_moderated` or `topic_closed`: the comment cannot be edited now")
  public CommentView edit(@PathParam("id") long id, CommentRequests.Edit request) {
    return comments.edit(id, request);
  }

  @DELETE
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "deleteComment",
      summary = "Delete my comment; a placeholder keeps the thread's shape")
  @APIResponse(
      responseCode = "204",
      description = "Deleted; a placeholder keeps the thread's shape")
  @APIResponse(responseCode = "403", description = "Not the author")
  @APIResponse(responseCode = "422", description = "`comment_deleted`: already deleted")
  public Response delete(@PathParam("id") long id) {
    comments.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("replies")
  @Operation(
      operationId = "listReplies",
      summary = "Replies of a comment, oldest first, cursor-paged")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  public ThreadService.RepliesPage replies(
      @PathParam("id") long id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    return threads.replies(id, cursor, QueryParams.optionalInt("limit", limit));
  }

  @POST
  @Idempotent
  @Path("replies")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "postReply",
      summary = "Reply; beyond the depth cap the reply attaches at the cap")
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
          "`topic_closed`: the topic does not take comments now; `comment_deleted` or `comment_moderated`: that comment cannot be answered")
  @APIResponse(
      responseCode = "429",
      description = "Too many comments in a short time; see Retry-After")
  public Response reply(@PathParam("id") long id, CommentRequests.NewReply request) {
    CommentView created = comments.reply(id, request);
    return Response.created(location(created)).entity(created).build();
  }

  /** Relative to the API's base: JAX-RS resolves it (cheaper than a UriBuilder template). */
  static URI location(CommentView comment) {
    return URI.create("comments/" + comment.id());
  }

  @PUT
  @Path("reaction")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "setReaction",
      summary = "Set my reaction: agree or disagree (one per participant)")
  @APIResponse(
      responseCode = "403",
      description = "`sanctioned`: the participant is suspended or banned")
  @APIResponse(
      responseCode = "409",
      description =
          "`concurrent_reaction`: another reaction of the same participant was saved at the same moment")
  @APIResponse(
      responseCode = "422",
      description = "`own_comment`: participants do not react to their own comments")
  public ReactionService.ReactionState react(
      @PathParam("id") long id, CommentRequests.Reaction request) {
    return reactions.react(id, request);
  }

  @DELETE
  @Path("reaction")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "removeReaction", summary = "Remove my reaction")
  @APIResponse(
      responseCode = "403",
      description = "`sanctioned`: the participant is suspended or banned")
  public ReactionService.ReactionState unreact(@PathParam("id") long id) {
    return reactions.remove(id);
  }
}
