package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class OutboxResource {
  @Inject MailOutbox outbox;

  @GET
  @Operation(
      operationId = "readOutbox",
      summary = "Read outgoing mail (administrators); every read is audited")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public List<MailOutbox.OutboxEntry> read(
      @QueryParam("recipient") String recipient, @QueryParam("limit") String limit) {
    return outbox.read(recipient, QueryParams.intOr("limit", limit, 50));
  }
}
