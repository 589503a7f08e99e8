package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import jp.kyodo.platform.PublicUrl;

/** The one-click unsubscribe link of a notification mail (RFC 8058): one participant, one kind. */
@ApplicationScoped
public class Unsubscribe {
  @Inject PublicUrl publicUrl;

  public String link(UUID participantKey, EventKind kind) {
    return publicUrl.of("/api/v1/unsubscribe?key=" + participantKey + "&kind=" + kind.code());
  }
}
