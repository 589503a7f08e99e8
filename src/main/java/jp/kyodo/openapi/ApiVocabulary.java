package jp.kyodo.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.comment.CommentRequests;
import jp.kyodo.comment.CommentStatus;
import jp.kyodo.comment.CommentView;
import jp.kyodo.comment.ReactionService;
import jp.kyodo.comment.Stance;
import jp.kyodo.comment.ThreadService;
import jp.kyodo.comment.ThreadSort;
import jp.kyodo.moderation.CaseQueries;
import jp.kyodo.moderation.CaseState;
import jp.kyodo.moderation.Decision;
import jp.kyodo.moderation.DecisionTemplate;
import jp.kyodo.moderation.ModerationReason;
import jp.kyodo.moderation.ModerationRequests;
import jp.kyodo.moderation.ReportService;
import jp.kyodo.moderation.SanctionService;
import jp.kyodo.moderation.WatchedWord;
import jp.kyodo.moderation.WordMatcher;
import jp.kyodo.notification.UnsubscribeTarget;
import jp.kyodo.participant.AccountRequests;
import jp.kyodo.participant.AccountView;
import jp.kyodo.proxy.ProxyEntryQueries;
import jp.kyodo.proxy.ProxyRequests;
import jp.kyodo.search.SearchResults;
import jp.kyodo.security.Role;
import jp.kyodo.stats.Dashboard;
import jp.kyodo.stats.StatsRange;
import jp.kyodo.stats.TopicReport;
import jp.kyodo.topic.OfficialResponse;
import jp.kyodo.topic.OfficialResponses;
import jp.kyodo.topic.TopicContent;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicStatus;
import jp.kyodo.topic.TopicView;

/**
 * What the Java types alone do not tell the API document: the codes a text field takes (taken from
 * the enums and lists the services check against, so they cannot drift), query parameters that are
 * numbers or dates, required fields that are checked by other means than {@code @Required}, and an
 * example of each main request body.
 */
final class ApiVocabulary {
  private ApiVocabulary() {}

  static final List<String> STANCES = codes(Stance.values(), Stance::code);

  /** As ReactionService checks them. */
  static final List<String> REACTIONS = List.of("agree", "disagree");

  /** As SanctionService checks them. */
  static final List<String> SANCTIONS = List.of("warn", "suspend", "ban");

  /** TopicQueries' orders. */
  static final List<String> TOPIC_SORTS = List.of("newest", "closing", "active");

  /** CaseQueries' orders of the queue. */
  static final List<String> QUEUE_SORTS = List.of("oldest", "reports");

  static final List<String> THREAD_SORTS = codes(ThreadSort.values(), ThreadSort::code);
  static final List<String> DECISIONS = codes(Decision.values(), Decision::code);
  static final List<String> REASONS = codes(ModerationReason.values(), ModerationReason::code);
  static final List<String> REPORTABLE =
      codes(
          ModerationReason.REPORTABLE.stream().sorted().toArray(ModerationReason[]::new),
          ModerationReason::code);
  static final List<String> WORD_ACTIONS =
      codes(WatchedWord.Action.values(), WatchedWord.Action::code);
  static final List<String> WORD_MATCHES = codes(WordMatcher.Mode.values(), WordMatcher.Mode::code);
  static final List<String> TOPIC_STATUSES = codes(TopicStatus.values(), TopicStatus::code);
  static final List<String> COMMENT_STATUSES = codes(CommentStatus.values(), CommentStatus::code);
  static final List<String> CASE_STATES = codes(CaseState.values(), CaseState::code);
  static final List<String> ROLES = codes(Role.values(), Role::code);
  static final List<String> TARGETS = List.of("comment", "topic");
  static final List<String> CHANNELS = codes(CommentChannel.values(), CommentChannel::code);
  static final List<String> PROXY_CHANNELS =
      codes(CommentChannel.PROXY.toArray(CommentChannel[]::new), CommentChannel::code);

  /** Record component → the codes it takes (for a list, the codes of its items). */
  private static final Map<Class<?>, Map<String, List<String>>> CODES =
      Map.ofEntries(
          Map.entry(CommentRequests.NewOpinion.class, Map.of("stance", STANCES)),
          Map.entry(CommentRequests.Reaction.class, Map.of("kind", REACTIONS)),
          Map.entry(
              CommentView.class,
              Map.of(
                  "stance", STANCES,
                  "status", COMMENT_STATUSES,
                  "myReaction", REACTIONS,
                  "moderationReason", REASONS,
                  "channel", CHANNELS)),
          Map.entry(CommentView.Author.class, Map.of("proxyChannel", PROXY_CHANNELS)),
          Map.entry(CommentView.Provenance.class, Map.of("channel", PROXY_CHANNELS)),
          Map.entry(SearchResults.Author.class, Map.of("proxyChannel", PROXY_CHANNELS)),
          Map.entry(ProxyRequests.NewEntry.class, Map.of("channel", PROXY_CHANNELS)),
          Map.entry(
              ProxyEntryQueries.ProxyEntryView.class,
              Map.of("channel", PROXY_CHANNELS, "status", COMMENT_STATUSES)),
          Map.entry(ReactionService.ReactionState.class, Map.of("myReaction", REACTIONS)),
          Map.entry(ThreadService.ThreadPage.class, Map.of("sort", THREAD_SORTS)),
          Map.entry(ModerationRequests.Report.class, Map.of("reason", REPORTABLE)),
          Map.entry(ReportService.Receipt.class, Map.of("reason", REPORTABLE)),
          Map.entry(ModerationRequests.Decide.class, Map.of("action", DECISIONS)),
          Map.entry(
              ModerationRequests.Template.class, Map.of("action", DECISIONS, "reason", REASONS)),
          Map.entry(DecisionTemplate.View.class, Map.of("action", DECISIONS, "reason", REASONS)),
          Map.entry(
              ModerationRequests.WatchedWord.class,
              Map.of("action", WORD_ACTIONS, "match", WORD_MATCHES)),
          Map.entry(
              ModerationRequests.WatchedWordChange.class,
              Map.of("action", WORD_ACTIONS, "match", WORD_MATCHES)),
          Map.entry(WatchedWord.View.class, Map.of("action", WORD_ACTIONS, "match", WORD_MATCHES)),
          Map.entry(ModerationRequests.Sanction.class, Map.of("kind", SANCTIONS)),
          Map.entry(SanctionService.SanctionView.class, Map.of("kind", SANCTIONS)),
          Map.entry(
              CaseQueries.CaseSummary.class,
              Map.of("state", CASE_STATES, "reason", REASONS, "targetType", TARGETS)),
          Map.entry(
              CaseQueries.MyCase.class,
              Map.of("state", CASE_STATES, "reason", REASONS, "targetType", TARGETS)),
          Map.entry(CaseQueries.CaseCount.class, Map.of("state", CASE_STATES)),
          Map.entry(CaseQueries.Item.class, Map.of("type", TARGETS)),
          Map.entry(
              OfficialResponses.Publication.class, Map.of("status", OfficialResponse.STATUSES)),
          Map.entry(OfficialResponse.View.class, Map.of("status", OfficialResponse.STATUSES)),
          Map.entry(TopicView.class, Map.of("status", TOPIC_STATUSES)),
          Map.entry(
              TopicQueries.TopicSummary.class,
              Map.of("status", TOPIC_STATUSES, "responseStatus", OfficialResponse.STATUSES)),
          Map.entry(TopicReport.class, Map.of("status", TOPIC_STATUSES)),
          Map.entry(AccountView.class, Map.of("roles", ROLES)),
          Map.entry(AccountRequests.RoleAssignment.class, Map.of("roles", ROLES)),
          Map.entry(Dashboard.class, Map.of("period", StatsRange.PERIODS)));

  /** Required although not marked {@code @Required} (checked by the password policy). */
  private static final Map<Class<?>, Set<String>> ALSO_REQUIRED =
      Map.of(AccountRequests.Registration.class, Set.of("password"));

  static Optional<List<String>> codesOf(Class<?> record, String component) {
    return Optional.ofNullable(CODES.getOrDefault(record, Map.of()).get(component));
  }

  static boolean alsoRequired(Class<?> record, String component) {
    return ALSO_REQUIRED.getOrDefault(record, Set.of()).contains(component);
  }

  /** A query parameter: its type, format and codes. Keyed by operationId, then by name. */
  record QueryParameter(String type, String format, List<String> codes) {}

  private static final QueryParameter INT = new QueryParameter("integer", "int32", null);
  private static final QueryParameter LONG = new QueryParameter("integer", "int64", null);
  private static final QueryParameter DATE = new QueryParameter("string", "date", null);

  private static QueryParameter oneOf(List<String> codes) {
    return new QueryParameter("string", null, codes);
  }

  private static final Map<String, QueryParameter> ANY_OPERATION =
      Map.of(
          "limit",
          INT,
          "page",
          INT,
          "size",
          INT,
          "months",
          INT,
          "actorId",
          LONG,
          "after",
          LONG,
          "dryRun",
          new QueryParameter("boolean", null, null));

  private static final Map<String, Map<String, QueryParameter>> BY_OPERATION =
      Map.of(
          "listTopics",
          Map.of("status", oneOf(TOPIC_STATUSES), "sort", oneOf(TOPIC_SORTS)),
          "getTopicThread",
          Map.of("sort", oneOf(THREAD_SORTS)),
          "listModerationCases",
          Map.of("sort", oneOf(QUEUE_SORTS)),
          "readAuditLog",
          Map.of("from", DATE, "to", DATE),
          "exportAuditLog",
          Map.of("from", DATE, "to", DATE),
          "getStatisticsDashboard",
          stats(),
          "getStatisticsTable",
          stats(),
          "getStatisticsTableCsv",
          stats(),
          "unsubscribe",
          Map.of("kind", oneOf(UnsubscribeTarget.CODES)),
          "runDigests",
          Map.of("frequency", oneOf(List.of("daily", "weekly")), "day", DATE));

  private static Map<String, QueryParameter> stats() {
    return Map.of("from", DATE, "to", DATE, "period", oneOf(StatsRange.PERIODS));
  }

  static Optional<QueryParameter> queryParameter(String operationId, String name) {
    QueryParameter specific = BY_OPERATION.getOrDefault(operationId, Map.of()).get(name);
    return Optional.ofNullable(specific != null ? specific : ANY_OPERATION.get(name));
  }

  /** An example body for the main requests, by request class. */
  static Optional<Map<String, Object>> exampleOf(Class<?> request) {
    return Optional.ofNullable(EXAMPLES.get(request));
  }

  private static final Map<Class<?>, Map<String, Object>> EXAMPLES =
      Map.of(
          AccountRequests.Registration.class,
          Map.of(
              "email", "hanako@example.jp",
              "password", "a long passphrase here",
              "displayName", "はなこ",
              "districtCode", "kyodo",
              "acceptedTermsVersion", "2026-04-01",
              "acceptedPrivacyVersion", "2026-04-01"),
          AccountRequests.Credentials.class,
          Map.of("email", "hanako@example.jp", "password", "a long passphrase here"),
          TopicContent.class,
          Map.of(
              "title", "下北沢駅周辺の自転車駐車場について",
              "body", "駅周辺の放置自転車が増えています。**駐輪場の場所と料金**についてご意見をお寄せください。",
              "policyArea", "town-transport",
              "scopeArea", "kitazawa",
              "department", "土木部 交通安全自転車課",
              "opensAt", "2026-12-01T09:00:00+09:00",
              "closesAt", "2026-12-31T23:59:59+09:00"),
          CommentRequests.NewOpinion.class,
          Map.of("body", "駅の東口に屋根付きの駐輪場があると助かります。", "stance", Stance.AGREE.code()),
          CommentRequests.NewReply.class,
          Map.of("body", "西口の区営駐輪場は平日の朝に満車になることが多いです。"),
          CommentRequests.Reaction.class,
          Map.of("kind", "agree"),
          ModerationRequests.Report.class,
          Map.of("reason", ModerationReason.PERSONAL_INFO.code(), "text", "電話番号が書かれています。"),
          ModerationRequests.Decide.class,
          Map.of("action", Decision.HIDE.code(), "templateId", 1, "note", "個人情報のため", "version", 3),
          OfficialResponses.Publication.class,
          Map.of("status", "considering", "body", "ご意見を踏まえ、東口での設置を検討しています。"),
          ModerationRequests.Sanction.class,
          Map.of("kind", "suspend", "reason", "繰り返しの誹謗中傷", "until", "2026-12-31"));

  private static <E> List<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).toList();
  }

  /** For the tests: every record component named here must exist. */
  static Map<Class<?>, Set<String>> componentsWithCodes() {
    Map<Class<?>, Set<String>> named = new java.util.HashMap<>();
    CODES.forEach((record, fields) -> named.put(record, fields.keySet()));
    ALSO_REQUIRED.forEach(
        (record, fields) ->
            named.merge(
                record,
                fields,
                (a, b) -> Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet())));
    return named;
  }

  static Map<Class<?>, Map<String, Object>> examples() {
    return EXAMPLES;
  }
}
