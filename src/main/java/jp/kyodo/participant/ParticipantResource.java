package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@ApplicationScoped
public class ParticipantResource {
  @Inject RegistrationService registration;
  @Inject AccountService accounts;
  @Inject RoleService roles;

  @POST
  @Idempotent
  @Operation(operationId = "register", summary = "Register; a confirmation mail is sent")
  @APIResponse(
      responseCode = "201",
      description = "Registered, e-mail not yet confirmed",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (named in errors)")
  @APIResponse(
      responseCode = "409",
      description = "`duplicate_email`: the e-mail address is already registered")
  @APIResponse(
      responseCode = "429",
      description = "Too many registrations from this address; see Retry-After")
  public Response register(AccountRequests.Registration request, @Context UriInfo uri) {
    AccountView created = registration.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "searchParticipants",
      summary = "Find participants by address or display name (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public List<AccountView> search(
      @QueryParam("q") String query, @QueryParam("limit") String limit) {
    return roles.search(query, QueryParams.intOr("limit", limit, 50));
  }

  @GET
  @Path("{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getParticipant",
      summary = "One account (its owner, or an administrator: audited)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither this participant nor an administrator")
  public AccountView get(@PathParam("id") long id) {
    return accounts.view(id);
  }

  @PUT
  @Path("{id: [0-9]+}/roles")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "assignRoles",
      summary = "Set a participant's roles (administrators); every change is audited")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @APIResponse(
      responseCode = "422",
      description = "`last_administrator`: the last administrator keeps the role")
  public AccountView assignRoles(@PathParam("id") long id, AccountRequests.RoleAssignment request) {
    return roles.assign(id, request);
  }
}
