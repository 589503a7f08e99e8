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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
  @Operation(summary = "A comment (permalink) with its ancestors and first page of replies")
  public ThreadService.CommentContext get(@PathParam("id") long id) {
    return threads.context(id);
  }

  @PUT
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Edit my comment; version must be the one I saw (else 409)")
  public CommentView edit(@PathParam("id") long id, CommentRequests.Edit request) {
    return comments.edit(id, request);
  }

  @DELETE
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Delete my comment; a placeholder keeps the thread's shape")
  public Response delete(@PathParam("id") long id) {
    comments.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("replies")
  @Operation(summary = "Replies of a comment, oldest first, cursor-paged")
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
  @Operation(summary = "Reply; beyond the depth cap the reply attaches at the cap")
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
  @Operation(summary = "Set my reaction: agree or disagree (one per participant)")
  public ReactionService.ReactionState react(
      @PathParam("id") long id, CommentRequests.Reaction request) {
    return reactions.react(id, request);
  }

  @DELETE
  @Path("reaction")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Remove my reaction")
  public ReactionService.ReactionState unreact(@PathParam("id") long id) {
    return reactions.remove(id);
  }
}
