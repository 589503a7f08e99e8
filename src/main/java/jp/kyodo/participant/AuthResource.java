package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.security.ApiTokenService;
import jp.kyodo.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tokens, e-mail confirmation and password reset. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@ApplicationScoped
public class AuthResource {
  @Inject SignInService signIn;
  @Inject ApiTokenService apiTokens;
  @Inject RegistrationService registration;
  @Inject PasswordResetService passwordReset;
  @Inject CurrentActor currentActor;

  /** A bearer token; shown once. */
  public record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {}

  @POST
  @Path("token")
  @Operation(
      operationId = "signIn",
      summary = "Sign in: exchange e-mail and password for a bearer token")
  @APIResponse(
      responseCode = "201",
      description = "Token issued (shown once)",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "`bad_credentials`: wrong e-mail address or password")
  @APIResponse(
      responseCode = "403",
      description = "`email_unconfirmed`: the e-mail address is not yet confirmed")
  @APIResponse(
      responseCode = "429",
      description = "Locked after repeated failures; see Retry-After")
  public Response token(AccountRequests.Credentials credentials) {
    ApiTokenService.IssuedToken issued = apiTokens.issue(signIn.signIn(credentials).id());
    return Response.status(Response.Status.CREATED)
        .entity(new TokenResponse(issued.token(), "Bearer", issued.expiresAt()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("token")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "signOut",
      summary = "Sign out: revoke the bearer token used for this request")
  @APIResponse(responseCode = "204", description = "Token revoked")
  @APIResponse(responseCode = "401", description = "No valid bearer token was sent")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    // the authentication filter already refused an unknown or revoked token; no token at all
    // signs nobody out, and saying 204 would tell a client it had signed out when it had not
    if (!currentActor.get().isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    apiTokens.revoke(authorization.substring(7).trim());
    return Response.noContent().build();
  }

  @POST
  @Path("email-confirmation")
  @Operation(
      operationId = "confirmEmail",
      summary = "Confirm an e-mail address with the token from the confirmation mail")
  @APIResponse(responseCode = "204", description = "Confirmed; the participant can sign in")
  @APIResponse(
      responseCode = "422",
      description = "`invalid_token`: the token is unknown, used or expired")
  public Response confirm(AccountRequests.MailedToken token) {
    registration.confirm(token);
    return Response.noContent().build();
  }

  @POST
  @Path("email-confirmation/resend")
  @Operation(
      operationId = "resendConfirmation",
      summary = "Send the confirmation mail again (always 202)")
  @APIResponse(
      responseCode = "202",
      description = "Accepted (also for an unknown or confirmed address)")
  public Response resend(AccountRequests.EmailAddress address) {
    registration.resendConfirmation(address);
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset")
  @Operation(
      operationId = "requestPasswordReset",
      summary = "Mail a password-reset link (always 202)")
  @APIResponse(responseCode = "202", description = "Accepted (also for an unknown address)")
  public Response requestReset(AccountRequests.EmailAddress address) {
    passwordReset.requestReset(address);
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  @Operation(
      operationId = "resetPassword",
      summary = "Set a new password with the token from the reset mail")
  @APIResponse(
      responseCode = "204",
      description = "The new password is set; every token of the account is revoked")
  @APIResponse(
      responseCode = "422",
      description = "`invalid_token`: the token is unknown, used or expired")
  public Response reset(AccountRequests.PasswordReset request) {
    passwordReset.reset(request);
    return Response.noContent().build();
  }
}
