package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import jp.kyodo.platform.AcceptanceRequiredException;
import jp.kyodo.platform.AccessDeniedException;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.WardTime;

/**
 * The one permission policy: a plain method per rule, deny by default. Services ask it before
 * acting; pages ask it to show or hide controls.
 */
@ApplicationScoped
public class ForumPolicy {
  @Inject Clock clock = Clock.systemUTC();

  public boolean canViewAccount(Actor actor, long participantId) {
    return actor.is(participantId) || actor.has(Role.ADMINISTRATOR);
  }

  public boolean canEditAccount(Actor actor, long participantId) {
    return actor.is(participantId);
  }

  public boolean canManageRoles(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canListParticipants(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canReadOutbox(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Administrators send a period's notification digests by hand (the scheduler does it hourly). */
  public boolean canRunDigests(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Administrators see each node's search index and have it rebuilt. */
  public boolean canManageSearchIndex(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canReadAuditLog(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Staff open, edit, publish and close topics on issues their departments own. */
  public boolean canManageTopics(Actor actor) {
    return actor.has(Role.STAFF);
  }

  /** Drafts are visible to staff only; everyone else gets 404 for them. */
  public boolean canSeeDraftTopics(Actor actor) {
    return actor.has(Role.STAFF);
  }

  public boolean canPublishOfficialResponse(Actor actor) {
    return actor.has(Role.STAFF);
  }

  /** A closed topic's results document is the ward's answer in full: whoever writes the answer. */
  public boolean canWriteResultsDocument(Actor actor) {
    return canPublishOfficialResponse(actor);
  }

  public boolean canManagePolicyAreas(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  public boolean canPostComment(Actor actor) {
    return mayWrite(actor);
  }

  public boolean canReact(Actor actor) {
    return mayWrite(actor);
  }

  /** Reporting is writing too: a suspended participant may not report. */
  public boolean canReport(Actor actor) {
    return mayWrite(actor);
  }

  /**
   * Taking part (posting, replying, editing, reacting, reporting): signed in, not suspended or
   * banned, and every version of the terms and privacy notice in force accepted. Staff, moderators
   * and administrators doing their work (topics, answers, decisions, settings) are not held up by
   * the documents; their own comments and reactions are.
   */
  private boolean mayWrite(Actor actor) {
    return actor.isAuthenticated() && !isRestricted(actor) && !actor.mustAcceptDocuments();
  }

  /** The review queue, case decisions and sanctions. */
  public boolean canModerate(Actor actor) {
    return actor.has(Role.MODERATOR);
  }

  /** New versions of the terms and the privacy notice; administrators publish them. */
  public boolean canManagePolicyDocuments(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** The terms no display name may contain (区長, 職員, admin …); administrators keep the list. */
  public boolean canManageReservedNames(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Watched words and the decision templates are rules; administrators set them. */
  public boolean canManageModerationRules(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** Staff choose pre-moderation for their topics; moderators may switch it on for any topic. */
  public boolean canSetPremoderation(Actor actor) {
    return actor.has(Role.STAFF) || actor.has(Role.MODERATOR);
  }

  public boolean isRestricted(Actor actor) {
    return actor.restriction() != null && actor.restriction().activeAt(OffsetDateTime.now(clock));
  }

  /**
   * For writing actions: 401 when anonymous, 403 naming the sanction, its reason and its end when
   * the participant is suspended or banned.
   */
  public void requireWriter(Actor actor) {
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    Optional<AccessDeniedException> refusal = writeRefusal(actor);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /**
   * Why a signed-in participant may not write now, if so: their sanction (its reason and end), or a
   * new version of the terms or privacy notice they have not accepted (the versions).
   */
  public Optional<AccessDeniedException> writeRefusal(Actor actor) {
    if (!isRestricted(actor)) {
      return actor.mustAcceptDocuments()
          ? Optional.of(new AcceptanceRequiredException(actor.acceptanceDue()))
          : Optional.empty();
    }
    Actor.Restriction r = actor.restriction();
    Map<String, Object> args = new HashMap<>();
    args.put("reason", r.reason());
    args.put("until", WardTime.until(r.until()));
    return Optional.of(
        new AccessDeniedException(
            "sanctioned",
            r.until() == null ? "problem.sanction.banned" : "problem.sanction.suspended",
            args));
  }

  /** Editing is writing: a suspended or banned author may not change what they wrote. */
  public boolean canEditComment(Actor actor, long authorId) {
    return actor.is(authorId) && mayWrite(actor);
  }

  /**
   * Authors may always take their own words back, sanctioned or not: deleting publishes nothing,
   * and a person's control over their own text outranks the sanction.
   */
  public boolean canDeleteComment(Actor actor, long authorId) {
    return actor.is(authorId);
  }

  /**
   * Entering an opinion received outside the web (on paper, by post, by phone, at a workshop or a
   * counter) on the person's behalf, one at a time or as a CSV import, and listing a topic's such
   * entries with where they came from: staff and administrators. Which topics take them (received
   * during the period, not archived) is the topic's own rule.
   */
  public boolean canEnterOnBehalf(Actor actor) {
    return actor.has(Role.STAFF) || actor.has(Role.ADMINISTRATOR);
  }

  /** The KPI, participation statistics and their exports (aggregates only). */
  public boolean canReadStatistics(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }

  /** A topic's participation report and its anonymised comments: the owning department. */
  public boolean canReadTopicReport(Actor actor) {
    return actor.has(Role.STAFF) || actor.has(Role.ADMINISTRATOR);
  }

  /**
   * A topic's key points (論点): extracting candidates, editing, merging, approving and rejecting
   * them. Staff, whose topics they are, and administrators; like the other staff rules, not limited
   * to the owning department (topics name a department, not an owner). The approved ones are
   * public.
   */
  public boolean canCurateKeyPoints(Actor actor) {
    return actor.has(Role.STAFF) || actor.has(Role.ADMINISTRATOR);
  }

  /**
   * A page area (a path, or a folder ending in /) and the rule of this policy that decides who may
   * open it, so that a page and its API answer to the same rule.
   */
  private record PageArea(String path, Predicate<Actor> rule) {
    boolean contains(String servletPath) {
      return path.endsWith("/") ? servletPath.startsWith(path) : servletPath.equals(path);
    }

    boolean admits(Actor actor) {
      return actor.isAuthenticated() && rule.test(actor);
    }
  }

  /**
   * Pages outside these areas are public (and check finer rules themselves). Matched against the
   * container-decoded servlet path, so {@code /%61dmin/} is {@code /admin/}.
   */
  private final List<PageArea> pageAreas =
      List.of(
          new PageArea("/profile.xhtml", Actor::isAuthenticated),
          new PageArea("/activity.xhtml", Actor::isAuthenticated),
          new PageArea("/notifications.xhtml", Actor::isAuthenticated),
          new PageArea("/notification-settings.xhtml", Actor::isAuthenticated),
          new PageArea("/consent.xhtml", Actor::isAuthenticated),
          new PageArea("/admin/", a -> a.has(Role.ADMINISTRATOR)),
          new PageArea("/moderation/", this::canModerate),
          // before /staff/: administrators enter opinions on someone's behalf too
          new PageArea("/staff/proxy-entry.xhtml", this::canEnterOnBehalf),
          new PageArea("/staff/proxy-import.xhtml", this::canEnterOnBehalf),
          new PageArea("/staff/key-points.xhtml", this::canCurateKeyPoints),
          new PageArea("/staff/", this::canManageTopics),
          new PageArea("/reports/", this::canReadTopicReport));

  /**
   * Whether the actor may open the page at this servlet path: its area's role, if any. The filter
   * sends anonymous visitors refused here to sign in, and answers 403 to signed-in ones.
   */
  public boolean canOpenPage(Actor actor, String servletPath) {
    return pageArea(servletPath).map(a -> a.admits(actor)).orElse(true);
  }

  /**
   * Whether the page at this servlet path is behind a sign-in (the profile, administration,
   * moderation, staff pages): what it shows belongs to the one who asked, so it is never stored.
   */
  public boolean isPersonalPage(String servletPath) {
    return pageArea(servletPath).isPresent();
  }

  private Optional<PageArea> pageArea(String servletPath) {
    return pageAreas.stream().filter(a -> a.contains(servletPath)).findFirst();
  }

  /** 401 for an anonymous caller, 403 for a signed-in one. */
  public void require(boolean allowed, Actor actor) {
    if (allowed) {
      return;
    }
    if (!actor.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    throw new AccessDeniedException();
  }
}
