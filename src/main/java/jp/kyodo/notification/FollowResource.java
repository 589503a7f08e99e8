package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following a topic: PUT follows, DELETE unfollows, both idempotent. */
@Path("topics/{topicId: [0-9]+}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@ApplicationScoped
public class FollowResource {
  @Inject Follows follows;

  /** Whether I follow the topic. */
  public record Following(boolean following) {}

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "getTopicFollow", summary = "Whether I follow the topic")
  public Following get(@PathParam("topicId") long topicId) {
    return new Following(follows.iFollow(topicId));
  }

  @PUT
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "followTopic",
      summary = "Follow the topic: hear of new opinions, the ward's answer and its closing")
  public Following follow(@PathParam("topicId") long topicId) {
    follows.follow(topicId);
    return new Following(true);
  }

  @DELETE
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "unfollowTopic", summary = "Stop following the topic")
  public Following unfollow(@PathParam("topicId") long topicId) {
    follows.unfollow(topicId);
    return new Following(false);
  }
}
