package jp.kyodo.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The actions the audit log records and the kinds of target they act on, in the order the audit
 * page offers them as filters. Each has a word in both bundles ({@code audit.action.…}, {@code
 * audit.group.…}, {@code audit.targetType.…}); {@code AuditActionsTest} checks that every action
 * the code records is listed here and worded.
 */
public final class AuditActions {
  public static final List<String> ALL =
      List.of(
          "moderation.hide",
          "moderation.dismiss",
          "moderation.restore",
          "moderation.approve",
          "moderation.reject",
          "moderation.template.create",
          "moderation.template.update",
          "sanction.warn",
          "sanction.suspend",
          "sanction.ban",
          "sanction.lift",
          "watched_word.add",
          "watched_word.remove",
          "watched_word.change",
          "watched_word.exception.add",
          "watched_word.exception.remove",
          "reserved_name.add",
          "reserved_name.remove",
          "policy_document.publish",
          "topic.created",
          "topic.revised",
          "topic.publish",
          "topic.close",
          "topic.archive",
          "topic.response.published",
          "topic.premoderation.on",
          "topic.premoderation.off",
          "policy-area.saved",
          "role.granted",
          "role.revoked",
          "participant.searched",
          "participant.viewed",
          "participant.withdrew",
          "outbox.read",
          "search_index.rebuild",
          "audit_log.export",
          "results.save",
          "results.publish",
          "results.withdraw",
          "comment.proxy_entry",
          "comment.proxy_import",
          "key_point.extract",
          "key_point.create",
          "key_point.relabel",
          "key_point.approve",
          "key_point.reject",
          "key_point.reopen",
          "key_point.reorder",
          "key_point.comments",
          "key_point.merge",
          "key_point.delete");

  public static final List<String> TARGET_TYPES =
      List.of(
          "comment",
          "topic",
          "participant",
          "moderation_template",
          "watched_word",
          "watched_word_exception",
          "policy_area",
          "reserved_name",
          "policy_document",
          "outbox",
          "search_index",
          "audit_log",
          "key_point");

  private AuditActions() {}

  /** The families of actions (moderation, sanction, topic …): the part before the first dot. */
  public static List<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    ALL.forEach(a -> groups.add(group(a)));
    return List.copyOf(groups);
  }

  public static String group(String action) {
    int dot = action.indexOf('.');
    return dot < 0 ? action : action.substring(0, dot);
  }
}
