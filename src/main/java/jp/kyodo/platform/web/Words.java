package jp.kyodo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.Messages;

/**
 * The words pages show for stored codes (roles, case states, reasons, event kinds, comment and
 * response statuses, sanction kinds) and for people, from the message bundles: a page never writes
 * {@code held} or {@code [staff]}, and never an id without a name. A code with no word yet is shown
 * as it is rather than failing the page; {@code MessageBundlesTest} and the page tests keep the
 * vocabularies complete.
 */
@Named("words")
@ApplicationScoped
public class Words {

  /** The word for a code of a vocabulary, e.g. ("moderation.state.", "held") → 公開保留. */
  public String of(String prefix, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return Messages.has(Pages.locale(), prefix + code) ? Pages.text(prefix + code) : code;
  }

  public String role(String code) {
    return of("profile.role.", code);
  }

  /** 「参加者、区職員」: every account is a participant; then its roles, never {@code [staff]}. */
  public String roles(Collection<String> codes) {
    List<String> words = new ArrayList<>();
    words.add(role("participant"));
    if (codes != null) {
      codes.stream().sorted(Words::byRank).map(this::role).forEach(words::add);
    }
    return String.join(Pages.text("common.listSeparator"), words);
  }

  private static int byRank(String a, String b) {
    List<String> order = List.of("staff", "moderator", "administrator");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  public String caseState(String code) {
    return of("moderation.state.", code);
  }

  /** 「公開保留 → 承認」; a first event (no earlier state) names only where it led. */
  public String stateChange(String from, String to) {
    if (from == null || from.equals(to)) {
      return caseState(to);
    }
    return caseState(from) + " → " + caseState(to);
  }

  public String reason(String code) {
    return of("moderation.reason.", code);
  }

  public String event(String kind) {
    return of("moderation.event.", kind);
  }

  public String commentStatus(String code) {
    return of("comment.status.", code);
  }

  public String sanctionKind(String code) {
    return of("sanction.kind.", code);
  }

  public String responseStatus(String code) {
    return of("response.status.", code);
  }

  public String topicStatus(String code) {
    return of("topic.status.", code);
  }

  /**
   * Who acted or wrote: the display name; 「退会したユーザー」 for a withdrawn participant (their name is
   * erased); 「システム」 when no person acted (no id).
   */
  public String person(Long id, String displayName) {
    if (id == null) {
      return Pages.text("moderation.system");
    }
    return displayName == null ? Pages.text("common.withdrawnUser") : displayName;
  }

  /** A participant who wrote something: their display name, or 「退会したユーザー」. */
  public String author(String displayName) {
    return displayName == null ? Pages.text("common.withdrawnUser") : displayName;
  }

  /** As {@link #person}, with the id beside the name, for administrators: 「はなこ（#12）」. */
  public String personWithId(Long id, String displayName) {
    return id == null
        ? person(null, null)
        : Pages.text("common.personWithId", Map.of("name", person(id, displayName), "id", id));
  }
}
