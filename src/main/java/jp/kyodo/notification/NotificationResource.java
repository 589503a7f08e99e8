package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in participant's notifications and read marks. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@ApplicationScoped
public class NotificationResource {
  @Inject Notifications notifications;

  /** The unread count of the header. */
  public record Unread(long unread) {}

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listNotifications",
      summary =
          "My notifications, newest first, each with its sentence in my language and the page it"
              + " leads to; unread=true for the unread ones; follow nextBefore for more")
  public Notifications.NoticePage list(
      @QueryParam("unread") String unread,
      @QueryParam("before") String before,
      @Context HttpHeaders headers) {
    boolean unreadOnly = QueryParams.optionalBoolean("unread", unread);
    return notifications.list(
        ApiLocale.of(headers), unreadOnly, QueryParams.optionalLong("before", before));
  }

  @GET
  @Path("unread-count")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "countUnreadNotifications", summary = "How many are unread")
  public Unread unreadCount() {
    return new Unread(notifications.myUnreadCount());
  }

  @POST
  @Path("{id: [0-9]+}/read")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
  @APIResponse(responseCode = "204", description = "Read (also when it already was)")
  public void markRead(@PathParam("id") long id) {
    notifications.markRead(id);
  }

  @POST
  @Path("read")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification read")
  public Unread markAllRead() {
    notifications.markAllRead();
    return new Unread(notifications.myUnreadCount());
  }
}
