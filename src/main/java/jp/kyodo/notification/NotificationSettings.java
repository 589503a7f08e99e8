package jp.kyodo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.InvalidInputException.FieldError;
import jp.kyodo.reference.ReferenceData;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.Role;
import jp.kyodo.topic.PolicyAreas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a participant wants to hear and how: the places and policy areas they watch, a channel and
 * frequency for each kind of event (the kind's default unless they chose), whether commenting
 * follows a topic, and for staff the department whose topics they hear about.
 */
@ApplicationScoped
public class NotificationSettings {
  public static final int MAX_WATCHES = 100;

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Inject CurrentActor currentActor;
  @Inject ReferenceData reference;
  @Inject PolicyAreas policyAreas;
  @Inject LineAvailability line;

  /** Watched places and policy areas, by code. */
  public record Watches(List<String> areas, List<String> districts, List<String> policyAreas) {}

  /** One kind's choice; {@code chosen} is false while the default applies. */
  public record Preference(String kind, String channel, String frequency, boolean chosen) {}

  /** Everything but the watches. */
  public record Settings(
      List<Preference> preferences, boolean followOnComment, String department) {}

  /** A change: any part left null stays as it is. */
  @Schema(name = "NotificationSettingsChange")
  public record Change(
      List<PreferenceChange> preferences, Boolean followOnComment, String department) {}

  public record PreferenceChange(String kind, String channel, String frequency) {}

  public Watches watches() {
    return watchesOf(signedIn().id());
  }

  @Transactional
  public Watches replaceWatches(Watches watches) {
    long me = signedIn().id();
    List<FieldError> errors = new ArrayList<>();
    Set<String> areas = codes("areas", watches == null ? null : watches.areas(), errors);
    Set<String> districts =
        codes("districts", watches == null ? null : watches.districts(), errors);
    Set<String> areasOfPolicy =
        codes("policyAreas", watches == null ? null : watches.policyAreas(), errors);
    areas.stream()
        .filter(a -> !reference.isArea(a))
        .findFirst()
        .ifPresent(a -> errors.add(new FieldError("areas", "validation.code.unknown", Map.of())));
    districts.stream()
        .filter(d -> reference.district(d).isEmpty())
        .findFirst()
        .ifPresent(
            d -> errors.add(new FieldError("districts", "validation.code.unknown", Map.of())));
    areasOfPolicy.stream()
        .filter(p -> policyAreas.find(p).isEmpty())
        .findFirst()
        .ifPresent(
            p -> errors.add(new FieldError("policyAreas", "validation.code.unknown", Map.of())));
    if (areas.size() + districts.size() + areasOfPolicy.size() > MAX_WATCHES) {
      errors.add(
          new FieldError("districts", "validation.array.tooLong", Map.of("max", MAX_WATCHES)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    em.createNativeQuery("delete from watch where participant_id = ?1")
        .setParameter(1, me)
        .executeUpdate();
    insertWatches(me, "area", areas);
    insertWatches(me, "district", districts);
    insertWatches(me, "policy_area", areasOfPolicy);
    return watchesOf(me);
  }

  public Settings settings() {
    Actor actor = signedIn();
    Map<String, String[]> chosen = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select event_kind, channel, frequency from notification_preference"
                    + " where participant_id = ?1")
            .setParameter(1, actor.id())
            .getResultList();
    rows.forEach(r -> chosen.put((String) r[0], new String[] {(String) r[1], (String) r[2]}));
    List<Preference> preferences = new ArrayList<>();
    for (EventKind kind : kinds(actor)) {
      String[] c = chosen.get(kind.code());
      preferences.add(
          c == null
              ? new Preference(
                  kind.code(), kind.defaultChannel().code(), kind.defaultFrequency().code(), false)
              : new Preference(kind.code(), c[0], c[1], true));
    }
    Object[] p =
        (Object[])
            em.createNativeQuery(
                    "select follow_on_comment, department from participant where id = ?1")
                .setParameter(1, actor.id())
                .getSingleResult();
    return new Settings(preferences, Boolean.TRUE.equals(p[0]), (String) p[1]);
  }

  @Transactional
  public Settings change(Change change) {
    Actor actor = signedIn();
    List<FieldError> errors = new ArrayList<>();
    List<PreferenceChange> preferences =
        change == null || change.preferences() == null ? List.of() : change.preferences();
    List<Object[]> valid = new ArrayList<>();
    for (PreferenceChange p : preferences) {
      var kind = p == null ? java.util.Optional.<EventKind>empty() : EventKind.of(p.kind());
      var channel = p == null ? java.util.Optional.<Channel>empty() : Channel.of(p.channel());
      var frequency =
          p == null ? java.util.Optional.<Frequency>empty() : Frequency.of(p.frequency());
      if (kind.isEmpty() || !kinds(actor).contains(kind.get())) {
        errors.add(new FieldError("preferences.kind", "validation.code.unknown", Map.of()));
      } else if (channel.isEmpty()) {
        errors.add(new FieldError("preferences.channel", "validation.code.unknown", Map.of()));
      } else if (frequency.isEmpty()) {
        errors.add(new FieldError("preferences.frequency", "validation.code.unknown", Map.of()));
      } else if (channel.get() == Channel.LINE && !line.available(actor.id())) {
        errors.add(
            new FieldError(
                "preferences.channel", "validation.notification.lineNotLinked", Map.of()));
      } else {
        valid.add(new Object[] {kind.get(), channel.get(), frequency.get()});
      }
    }
    String department = change == null ? null : change.department();
    if (department != null && !actor.has(Role.STAFF)) {
      errors.add(new FieldError("department", "validation.notification.staffOnly", Map.of()));
    }
    if (department != null && department.strip().length() > 400) {
      errors.add(new FieldError("department", "validation.text.tooLong", Map.of("max", 400)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (Object[] v : valid) {
      em.createNativeQuery(
              "insert into notification_preference (participant_id, event_kind, channel, frequency)"
                  + " values (?1, ?2, ?3, ?4) on conflict (participant_id, event_kind)"
                  + " do update set channel = excluded.channel, frequency = excluded.frequency")
          .setParameter(1, actor.id())
          .setParameter(2, ((EventKind) v[0]).code())
          .setParameter(3, ((Channel) v[1]).code())
          .setParameter(4, ((Frequency) v[2]).code())
          .executeUpdate();
    }
    if (change != null && change.followOnComment() != null) {
      em.createNativeQuery("update participant set follow_on_comment = ?1 where id = ?2")
          .setParameter(1, change.followOnComment())
          .setParameter(2, actor.id())
          .executeUpdate();
    }
    if (department != null) {
      String d = department.strip();
      em.createNativeQuery("update participant set department = ?1 where id = ?2")
          .setParameter(1, d.isEmpty() ? null : d)
          .setParameter(2, actor.id())
          .executeUpdate();
    }
    return settings();
  }

  /** A new participant watches the district they gave (they can change it on the profile). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void watchOwnDistrict(long participantId, String district) {
    if (district != null) {
      insertWatches(participantId, "district", Set.of(district));
    }
  }

  /**
   * What is wrong with policy areas a new participant asks to watch (unknown or too many codes),
   * reported on the field given; nothing when they are all known.
   */
  public List<FieldError> policyAreaProblems(String field, List<String> codes) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> known = codes(field, codes, errors);
    if (errors.isEmpty() && known.stream().anyMatch(p -> policyAreas.find(p).isEmpty())) {
      errors.add(new FieldError(field, "validation.code.unknown", Map.of()));
    }
    if (known.size() > MAX_WATCHES) {
      errors.add(new FieldError(field, "validation.array.tooLong", Map.of("max", MAX_WATCHES)));
    }
    return errors;
  }

  /** A new participant watches the policy areas they chose at registration (checked before). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void watchPolicyAreas(long participantId, List<String> codes) {
    if (codes != null) {
      insertWatches(participantId, "policy_area", codes(null, codes, new ArrayList<>()));
    }
  }

  /**
   * The settings page's one save: what I watch and how I hear, together or not at all (a refusal of
   * either leaves both as they were).
   */
  @Transactional
  public Settings changeAll(Change change, Watches watches) {
    replaceWatches(watches);
    return change(change);
  }

  /**
   * The kinds a participant can set: staff also hear of their department's topics. Moderation
   * decisions are not a choice: their mail is the statement of reasons.
   */
  private static List<EventKind> kinds(Actor actor) {
    return java.util.Arrays.stream(EventKind.values())
        .filter(k -> k != EventKind.MODERATION)
        .filter(k -> k != EventKind.DEPARTMENT_COMMENT || actor.has(Role.STAFF))
        .toList();
  }

  private Watches watchesOf(long participantId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select kind, code from watch where participant_id = ?1 order by kind, code")
            .setParameter(1, participantId)
            .getResultList();
    List<String> areas = new ArrayList<>();
    List<String> districts = new ArrayList<>();
    List<String> policy = new ArrayList<>();
    for (Object[] r : rows) {
      switch ((String) r[0]) {
        case "area" -> areas.add((String) r[1]);
        case "district" -> districts.add((String) r[1]);
        default -> policy.add((String) r[1]);
      }
    }
    return new Watches(areas, districts, policy);
  }

  private void insertWatches(long participantId, String kind, Set<String> codes) {
    for (String code : codes) {
      em.createNativeQuery(
              "insert into watch (participant_id, kind, code) values (?1, ?2, ?3)"
                  + " on conflict do nothing")
          .setParameter(1, participantId)
          .setParameter(2, kind)
          .setParameter(3, code)
          .executeUpdate();
    }
  }

  private static Set<String> codes(String field, List<String> given, List<FieldError> errors) {
    Set<String> codes = new LinkedHashSet<>();
    if (given == null) {
      return codes;
    }
    for (String c : given) {
      if (c == null || c.isBlank() || c.length() > 32) {
        errors.add(new FieldError(field, "validation.code.unknown", Map.of()));
      } else {
        codes.add(c.strip());
      }
    }
    return codes;
  }

  private Actor signedIn() {
    Actor actor = currentActor.get();
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return actor;
  }
}
