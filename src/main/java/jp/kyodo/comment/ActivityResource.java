package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in participant's activity: what they wrote and the replies they received. */
@Path("participants/me/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@ApplicationScoped
public class ActivityResource {
  @Inject ActivityService activity;

  @GET
  @Path("comments")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listMyComments",
      summary = "My opinions and replies, newest first (held ones too, with their status)")
  public ActivityService.ActivityPage written(@QueryParam("before") String before) {
    return activity.written(QueryParams.optionalLong("before", before));
  }

  @GET
  @Path("replies")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listRepliesToMe",
      summary = "Replies others wrote to my comments, newest first")
  public ActivityService.ActivityPage replies(@QueryParam("before") String before) {
    return activity.repliesReceived(QueryParams.optionalLong("before", before));
  }
}
