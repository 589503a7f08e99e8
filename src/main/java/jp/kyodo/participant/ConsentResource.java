package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in participant's acceptances of the terms and the privacy notice. While a new version
 * in force waits for acceptance, writes answer 403 {@code terms_acceptance_required}.
 */
@Path("participants/me/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ConsentResource {
  @Inject AccountService accounts;
  @Inject ConsentService consents;

  @GET
  @Operation(
      operationId = "getMyConsents",
      summary = "Versions waiting for my acceptance (with what changed), and my consent history")
  public ConsentService.ConsentsView get() {
    return consents.view(accounts.requireSignedIn());
  }

  @POST
  @Operation(
      operationId = "acceptDocuments",
      summary =
          "Accept the versions in force of the terms and/or the privacy notice"
              + " {acceptedTermsVersion, acceptedPrivacyVersion}; recorded with the time")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; what still waits (nothing) and the history")
  @APIResponse(
      responseCode = "400",
      description = "A version named is not the one in force, or a document waiting is not named")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public ConsentService.ConsentsView accept(Acceptance request) {
    return consents.accept(accounts.requireSignedIn(), request);
  }
}
