package jp.kyodo.notification.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class DigestResource {
  @Inject DigestService digests;

  @POST
  @Operation(
      operationId = "runDigests",
      summary =
          "Send a finished period's notification digests now (administrators): opens the missing"
              + " ones and sends every pending one, each exactly once; the scheduler does this"
              + " hourly. Answers the counts")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @APIResponse(
      responseCode = "422",
      description = "`period_not_finished`: the period has not ended yet in Tokyo")
  public DigestRunner.DigestRun run(
      @QueryParam("frequency") String frequency, @QueryParam("day") String day) {
    return digests.runNow(frequency, day);
  }
}
