package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one-click unsubscribe address of every notification mail (RFC 8058). Mail providers POST
 * {@code List-Unsubscribe=One-Click} to it; the body is not needed and not read, so an empty one
 * works too. No session, token or CSRF proof: the key in the address is the proof, and it can only
 * switch notifications off. There is no GET here: a scanner that prefetches the address gets 405
 * and changes nothing. People follow the page link in the mail's text ({@link Unsubscribe#page}),
 * which asks for a button press.
 */
@Path("unsubscribe")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@ApplicationScoped
public class UnsubscribeResource {
  @Inject UnsubscribeService service;

  /** What the answer says: the link's kind is no longer mailed. The same on every repeat. */
  public record Unsubscribed(String kind, boolean subscribed) {}

  @POST
  @Operation(
      operationId = "unsubscribe",
      summary =
          "One-click unsubscribe (RFC 8058) from the mails of one kind of event, or from a digest;"
              + " no sign-in, the key of the mail's link is the proof; idempotent")
  @APIResponse(responseCode = "404", description = "`not_found`: the key names no participant")
  public Unsubscribed unsubscribe(@QueryParam("key") String key, @QueryParam("kind") String kind) {
    UnsubscribeService.Request request = UnsubscribeService.Request.parse(key, kind);
    service.unsubscribe(request);
    return new Unsubscribed(request.target().code(), false);
  }
}
