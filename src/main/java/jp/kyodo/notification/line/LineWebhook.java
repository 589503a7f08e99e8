package jp.kyodo.notification.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.ResourceNotFoundException;

/**
 * What the ward's LINE account hears (the webhook): the signature is checked on the raw bytes
 * before anything is read, then each event is handled.
 *
 * <ul>
 *   <li>a text message that is a link code: links the sender's LINE account (and replies so);
 *   <li>「解除」 (or "unlink"): unlinks the sender;
 *   <li>{@code unfollow} (the person blocked the ward's account): unlinks;
 *   <li>anything else: ignored.
 * </ul>
 *
 * Redeliveries are harmless: a code works once, and unlinking twice unlinks once. No reply is sent
 * to a redelivered event (its reply token is spent).
 */
@ApplicationScoped
public class LineWebhook {
  private static final Logger LOG = Logger.getLogger(LineWebhook.class.getName());
  static final Set<String> UNLINK_WORDS = Set.of("解除", "連携解除", "UNLINK");

  @Inject LineSettings settings;
  @Inject LineLinks links;
  @Inject LineClient client;

  /** Checks, reads and handles one webhook request; throws the problem to answer otherwise. */
  public void receive(byte[] body, String signature) {
    if (!settings.enabled()) {
      throw new ResourceNotFoundException("LINE webhook");
    }
    if (!LineSignature.verify(settings.channelSecret(), body, signature)) {
      throw new AuthenticationRequiredException("invalid_signature", "problem.line.signature");
    }
    JsonObject payload;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      payload = reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw InvalidInputException.of("body", "validation.body.syntax");
    }
    JsonValue events = payload.get("events");
    if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY) {
      return; // LINE's "verify" request has no events to handle
    }
    for (JsonValue event : events.asJsonArray()) {
      if (event.getValueType() == JsonValue.ValueType.OBJECT) {
        handle(event.asJsonObject());
      }
    }
  }

  private void handle(JsonObject event) {
    String userId = text(object(event, "source"), "userId");
    if (userId == null) {
      return; // a group or room without a user: nothing of ours
    }
    switch (String.valueOf(text(event, "type"))) {
      case "unfollow" -> links.unlinkLineUser(userId);
      case "message" -> message(event, userId);
      default -> {
        // follow, postback, … : nothing to do
      }
    }
  }

  private void message(JsonObject event, String userId) {
    JsonObject message = object(event, "message");
    if (message == null || !"text".equals(text(message, "type"))) {
      return;
    }
    String said = text(message, "text");
    if (said == null) {
      return;
    }
    String reply;
    if (isUnlink(said)) {
      reply = links.unlinkLineUser(userId) ? "line.reply.unlinked" : "line.reply.notLinked";
    } else if (LinkCodes.read(said).isPresent()) {
      reply =
          links.linkWithCode(userId, said) == LineLinks.Outcome.LINKED
              ? "line.reply.linked"
              : "line.reply.invalidCode";
    } else {
      return;
    }
    replyTo(event, reply);
  }

  static boolean isUnlink(String text) {
    return UNLINK_WORDS.contains(
        Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT));
  }

  /** Best effort: the link is made whether or not the reply arrives. */
  private void replyTo(JsonObject event, String key) {
    String token = text(event, "replyToken");
    JsonObject delivery = object(event, "deliveryContext");
    boolean redelivered = delivery != null && delivery.get("isRedelivery") == JsonValue.TRUE;
    if (token == null || redelivered) {
      return;
    }
    // the person's language is not known to LINE's webhook: both, Japanese first
    String text = Messages.get(Messages.JAPANESE, key) + "\n" + Messages.get(Locale.ENGLISH, key);
    LineClient.Result result = client.reply(token, text);
    if (result.sent() != LineClient.Sent.ACCEPTED) {
      LOG.info(() -> "LINE did not take a reply: " + result.status());
    }
  }

  private static JsonObject object(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue v = o.get(name);
    return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
  }

  private static String text(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue v = o.get(name);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
  }
}
