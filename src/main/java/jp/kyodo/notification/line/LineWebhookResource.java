package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import jp.kyodo.platform.PayloadTooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The webhook the LINE platform calls. Public (no token, no session), protected by {@code
 * X-Line-Signature} instead, which is checked on the raw bytes before anything is parsed.
 */
@Path("line/webhook")
@Tag(name = "LINE")
@ApplicationScoped
public class LineWebhookResource {
  /** LINE's webhook bodies are a few KiB; 1 MiB leaves room for a batch of events. */
  static final int MAX_BODY = 1024 * 1024;

  @Inject LineWebhook webhook;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "receiveLineWebhook",
      summary =
          "Events from the LINE platform (link codes, 「解除」, unfollow), signed with the channel"
              + " secret")
  @RequestBody(
      description = "LINE's webhook payload: {destination, events: [...]}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "200", description = "Received (also for events it ignores)")
  @APIResponse(
      responseCode = "401",
      description = "`invalid_signature`: X-Line-Signature is missing or does not sign the body")
  @APIResponse(responseCode = "404", description = "LINE is not configured on this site")
  public Response receive(
      @Parameter(description = "Base64 of the body's HMAC-SHA256 with the channel secret")
          @HeaderParam("X-Line-Signature")
          String signature,
      @Context HttpServletRequest request)
      throws IOException {
    webhook.receive(body(request), signature);
    return Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new PayloadTooLargeException(MAX_BODY);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new PayloadTooLargeException(MAX_BODY);
      }
      return Arrays.copyOf(bytes, bytes.length);
    }
  }
}
