package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in participant's LINE link. */
@Path("participants/me/line")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LINE")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class LineResource {
  @Inject LineAccount account;

  @GET
  @Operation(
      operationId = "getMyLineLink",
      summary = "Whether LINE is offered, and whether my LINE account is linked (since when)")
  public LineAccount.LineStatus status() {
    return account.status();
  }

  @POST
  @Path("link-code")
  @Operation(
      operationId = "createLineLinkCode",
      summary =
          "A one-time code (8 characters, 30 minutes) to send to the ward's LINE account;"
              + " my earlier codes stop working")
  @APIResponse(
      responseCode = "201",
      description = "The code",
      content = @Content(schema = @Schema(implementation = LineAccount.LinkCode.class)))
  @APIResponse(
      responseCode = "422",
      description = "`line_unavailable`: LINE is not configured on this site")
  public Response newCode() {
    return Response.status(Response.Status.CREATED).entity(account.newCode()).build();
  }

  @DELETE
  @Operation(operationId = "unlinkMyLine", summary = "Unlink my LINE account")
  @APIResponse(responseCode = "204", description = "Unlinked (or nothing was linked)")
  public Response unlink() {
    account.unlink();
    return Response.noContent().build();
  }
}
