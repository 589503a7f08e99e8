package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in participant's own account. */
@Path("participants/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class AccountResource {
  @Inject AccountService accounts;

  @GET
  @Operation(operationId = "getMyAccount", summary = "My account and profile")
  public AccountView me() {
    return accounts.view(accounts.requireSignedIn());
  }

  @PUT
  @Operation(
      operationId = "updateMyAccount",
      summary = "Edit my display name and profile (send version to detect stale edits)")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: the account changed since the given version")
  public AccountView update(AccountRequests.ProfileUpdate request) {
    return accounts.update(accounts.requireSignedIn(), request);
  }

  @PUT
  @Path("password")
  @Operation(operationId = "changeMyPassword", summary = "Change my password")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response changePassword(AccountRequests.PasswordChange request) {
    accounts.changePassword(accounts.requireSignedIn(), request);
    return Response.noContent().build();
  }

  @GET
  @Path("export")
  @Operation(
      operationId = "exportMyData",
      summary = "Download everything Kyodo holds about me (JSON)")
  @APIResponse(
      responseCode = "200",
      description = "Everything Kyodo holds about the participant, as a download",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  public Response export() {
    Map<String, Object> data = accounts.export(accounts.requireSignedIn());
    return Response.ok(data)
        .header("Content-Disposition", "attachment; filename=\"kyodo-my-data.json\"")
        .build();
  }

  @POST
  @Path("withdrawal")
  @Operation(
      operationId = "withdraw",
      summary = "Withdraw: personal data is erased, what I wrote stays attributed to 「退会したユーザー」")
  @APIResponse(responseCode = "204", description = "Withdrawn; the token no longer works")
  @APIResponse(
      responseCode = "422",
      description = "`last_administrator`: the last administrator cannot withdraw")
  public Response withdraw(AccountRequests.Withdrawal request) {
    accounts.withdraw(accounts.requireSignedIn(), request);
    return Response.noContent().build();
  }
}
