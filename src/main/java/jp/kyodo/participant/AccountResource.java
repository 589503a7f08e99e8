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
  @Operation(summary = "My account and profile")
  public AccountView me() {
    return accounts.view(accounts.requireSignedIn());
  }

  @PUT
  @Operation(summary = "Edit my display name and profile (send version to detect stale edits)")
  public AccountView update(AccountRequests.ProfileUpdate request) {
    return accounts.update(accounts.requireSignedIn(), request);
  }

  @PUT
  @Path("password")
  @Operation(summary = "Change my password")
  public Response changePassword(AccountRequests.PasswordChange request) {
    accounts.changePassword(accounts.requireSignedIn(), request);
    return Response.noContent().build();
  }

  @GET
  @Path("export")
  @Operation(summary = "Download everything Kyodo holds about me (JSON)")
  public Response export() {
    Map<String, Object> data = accounts.export(accounts.requireSignedIn());
    return Response.ok(data)
        .header("Content-Disposition", "attachment; filename=\"kyodo-my-data.json\"")
        .build();
  }

  @POST
  @Path("withdrawal")
  @Operation(
      summary = "Withdraw: personal data is erased, what I wrote stays attributed to 「退会したユーザー」")
  public Response withdraw(AccountRequests.Withdrawal request) {
    accounts.withdraw(accounts.requireSignedIn(), request);
    return Response.noContent().build();
  }
}
