package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.platform.LockingReads;
import jp.kyodo.platform.ResourceNotFoundException;

/**
 * One-click unsubscribe: the link's key names the participant, its kind what stops. It needs no
 * session and no other proof (RFC 8058): the key is unguessable and can do nothing but switch
 * notifications off. Unsubscribing twice answers the same and changes nothing the second time.
 */
@ApplicationScoped
public class UnsubscribeService {
  private static final Logger LOG = Logger.getLogger(UnsubscribeService.class.getName());
  private static final Pattern KEY =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A link's key and kind, checked: a malformed one is a 400 naming it. */
  public record Request(UUID key, UnsubscribeTarget target) {
    public static Request parse(String key, String kind) {
      List<FieldError> errors = new ArrayList<>();
      UUID k = null;
      if (key == null || key.isBlank()) {
        errors.add(new FieldError("key", "validation.required", Map.of()));
      } else if (!KEY.matcher(key.strip()).matches()) {
        errors.add(new FieldError("key", "validation.unsubscribe.key", Map.of()));
      } else {
        k = UUID.fromString(key.strip());
      }
      UnsubscribeTarget t = null;
      if (kind == null || kind.isBlank()) {
        errors.add(new FieldError("kind", "validation.required", Map.of()));
      } else {
        t = UnsubscribeTarget.parse(kind.strip()).orElse(null);
        if (t == null) {
          errors.add(new FieldError("kind", "validation.code.unknown", Map.of()));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return new Request(k, t);
    }
  }

  /** Whether the key names a participant (for the page); changes nothing. */
  @Transactional
  public boolean exists(Request request) {
    return participantOf(request.key(), false) != null;
  }

  /** Switches off what the link names; 404 for a key that names nobody. */
  @Transactional
  public void unsubscribe(Request request) {
    LockingReads.onTransactionConnection(em);
    Long participant = participantOf(request.key(), true);
    if (participant == null) {
      throw new ResourceNotFoundException("unsubscribe key");
    }
    Map<String, EffectivePreference> now = preferences(participant);
    List<String> switched = new ArrayList<>();
    for (EventKind kind : EventKind.values()) {
      EffectivePreference current =
          now.getOrDefault(kind.code(), EffectivePreference.of(kind, null, null));
      if (request.target().covers(kind, current)) {
        em.createNativeQuery(
                "insert into notification_preference (participant_id, event_kind, channel,"
                    + " frequency) values (?1, ?2, ?3, 'off') on conflict (participant_id,"
                    + " event_kind) do update set frequency = 'off'")
            .setParameter(1, participant)
            .setParameter(2, kind.code())
            .setParameter(3, current.channel().code())
            .executeUpdate();
        switched.add(kind.code());
      }
    }
    if (!switched.isEmpty()) {
      LOG.info(
          () ->
              "unsubscribe: participant "
                  + participant
                  + " switched off "
                  + switched
                  + " by the link for "
                  + request.target().code());
    }
  }

  /** The participant (locked for the change, so that two clicks at once change it once). */
  private Long participantOf(UUID key, boolean lock) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from participant where unsubscribe_key = cast(?1 as uuid)"
                    + " and withdrawn_at is null"
                    + (lock ? " for no key update" : ""))
            .setParameter(1, key.toString())
            .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private Map<String, EffectivePreference> preferences(long participant) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select event_kind, channel, frequency from notification_preference"
                    + " where participant_id = ?1")
            .setParameter(1, participant)
            .getResultList();
    Map<String, EffectivePreference> map = new HashMap<>();
    for (Object[] r : rows) {
      EventKind.of((String) r[0])
          .ifPresent(
              k -> map.put(k.code(), EffectivePreference.of(k, (String) r[1], (String) r[2])));
    }
    return map;
  }
}
