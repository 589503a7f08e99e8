package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My followed topics, watched places and policy areas, and how each kind of event reaches me. */
@Path("participants/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@ApplicationScoped
public class NotificationSettingsResource {
  @Inject Follows follows;
  @Inject NotificationSettings settings;

  @GET
  @Path("follows")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "listMyFollows", summary = "The topics I follow, latest first")
  public List<Follows.Followed> follows() {
    return follows.mine();
  }

  @GET
  @Path("watches")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getMyWatches",
      summary = "The areas, districts and policy areas whose new topics I hear of")
  public NotificationSettings.Watches watches() {
    return settings.watches();
  }

  @PUT
  @Path("watches")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "replaceMyWatches",
      summary = "Replace what I watch (codes from the reference data; empty lists watch nothing)")
  public NotificationSettings.Watches replaceWatches(NotificationSettings.Watches watches) {
    return settings.replaceWatches(watches);
  }

  @GET
  @Path("settings")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getMyNotificationSettings",
      summary =
          "For each kind of event its channel (site, email, line) and frequency (instant, daily,"
              + " weekly, off), whether commenting follows a topic, and a staff member's"
              + " department")
  public NotificationSettings.Settings get() {
    return settings.settings();
  }

  @PUT
  @Path("settings")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "changeMyNotificationSettings",
      summary = "Change some kinds' channel and frequency and the other settings; the rest stay")
  public NotificationSettings.Settings change(NotificationSettings.Change change) {
    return settings.change(change);
  }
}
