package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages' side of {@link HostileInputIT}: hostile values in every address parameter the pages
 * read and in every field of their forms (typed values, hidden ids, the view state), for visitors,
 * participants, staff, moderators and administrators. Never the 500 page; a refusal is a 4xx page
 * that says why, or the form again with its messages.
 */
@ExtendWith(KyodoServer.class)
class HostilePagesIT {
  private static final String SERVER_ERROR_TITLE = "サーバーで問題が発生しました";
  private static final String LONG = "あ".repeat(100_000 / 3);
  private static final String GROWS_UNDER_NFKC = "\uFDFA".repeat(120);

  /** Address values, already encoded. */
  private static final List<String> QUERY_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%07",
          "%0A",
          "%E2%80%AE",
          "%ff",
          "%ED%A0%80",
          "-1",
          "0",
          "99999999999999999999",
          "abc",
          WebSession.enc("<script>alert(1)</script>"),
          "a".repeat(1001),
          WebSession.enc(GROWS_UNDER_NFKC.substring(0, 40)));

  /** Typed values; a "raw:" one goes into the body without encoding (malformed UTF-8). */
  private static final List<String> FORM_VALUES =
      List.of(
          "\u0000",
          "a\u0000b",
          "\u0007",
          "\u001b[31m",
          "\u202Eevil",
          LONG,
          GROWS_UNDER_NFKC,
          "raw:%ED%A0%80",
          "raw:%C3%28");

  /** Hidden ids forms carry. */
  private static final List<String> ID_VALUES =
      List.of("-1", "0", "abc", "99999999999999999999", "\u0000", "1.5");

  private static final List<String> VIEW_STATES = List.of("garbled", "stateless", "1:2", "");

  private static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
  private static final AtomicInteger SENT = new AtomicInteger();

  private static WebSession anonymous;
  private static WebSession participant;
  private static WebSession author;
  private static WebSession staff;
  private static WebSession moderator;
  private static WebSession administrator;
  private static long topic;
  private static long comment;
  private static long caseId;

  @BeforeAll
  static void sessions() {
    Accounts.Participant writer = Accounts.confirmed("hp-author");
    Accounts.Participant reader = Accounts.confirmed("hp-reader");
    Accounts.Participant mod = Moderation.moderator("hp-mod");
    topic = Forum.openTopic("ページへの敵対的な入力");
    comment = Forum.id(Forum.post(topic, "ページ用の意見", writer.token()));
    long reported = Forum.id(Forum.post(topic, "通報される意見", writer.token()));
    caseId =
        Moderation.report(reported, "spam", reader.token())
            .json()
            .getJsonNumber("caseId")
            .longValue();
    anonymous = WebSession.anonymous();
    participant = WebSession.signedIn(reader.email(), Accounts.PASSWORD);
    author = WebSession.signedIn(writer.email(), Accounts.PASSWORD);
    staff = WebSession.signedIn(Forum.staff().email(), Accounts.PASSWORD);
    moderator = WebSession.signedIn(mod.email(), Accounts.PASSWORD);
    administrator = WebSession.signedIn(KyodoServer.ADMIN_EMAIL, KyodoServer.ADMIN_PASSWORD);
  }

  /** A page, the parameters it reads, and valid values for them. */
  private record Address(WebSession session, String path, Map<String, String> valid) {}

  /** A form on a page, the fields to vary, and the hidden ids it carries. */
  private record FormCase(
      WebSession session, String page, String form, String button, List<String> hiddenIds) {}

  @Test
  void noAddressParameterGivesTheServerErrorPage() throws Exception {
    String t = String.valueOf(topic);
    String c = String.valueOf(comment);
    List<Address> addresses =
        List.of(
            address(
                anonymous,
                "/topics.xhtml",
                "status",
                "open",
                "policyArea",
                "",
                "area",
                "",
                "sort",
                "newest",
                "page",
                "1",
                "lang",
                "ja"),
            address(anonymous, "/topic.xhtml", "id", t, "sort", "oldest", "cursor", ""),
            address(anonymous, "/comment.xhtml", "id", c, "cursor", ""),
            address(anonymous, "/login.xhtml", "next", "/profile.xhtml", "signedOut", ""),
            address(anonymous, "/register.xhtml", "lang", "en"),
            address(anonymous, "/confirm.xhtml", "token", "x"),
            address(anonymous, "/password-reset.xhtml", "token", "x"),
            address(anonymous, "/moderation-report.xhtml", "months", "12"),
            address(anonymous, "/", "lang", "ja"),
            address(participant, "/profile.xhtml", "case", ""),
            address(participant, "/topic.xhtml", "id", t, "sort", "newest", "comment", c),
            address(author, "/comment.xhtml", "id", c),
            address(staff, "/staff/topic-edit.xhtml", "id", t),
            address(moderator, "/moderation/queue.xhtml", "sort", "oldest"),
            address(moderator, "/moderation/case.xhtml", "id", String.valueOf(caseId)),
            address(
                administrator,
                "/admin/audit.xhtml",
                "action",
                "",
                "actorId",
                "",
                "targetType",
                "",
                "targetId",
                "",
                "from",
                "",
                "to",
                ""),
            address(
                administrator,
                "/admin/audit-log.csv",
                "action",
                "",
                "actorId",
                "",
                "from",
                "",
                "to",
                ""),
            address(administrator, "/admin/statistics.xhtml", "from", "", "to", "", "period", ""),
            address(
                administrator,
                "/admin/statistics-csv.xhtml",
                "table",
                "funnel",
                "from",
                "",
                "to",
                "",
                "period",
                "day"),
            address(administrator, "/admin/moderation-templates.xhtml", "id", "1"),
            address(administrator, "/admin/outbox.xhtml", "recipient", ""),
            address(administrator, "/admin/participants.xhtml", "q", ""),
            address(administrator, "/admin/watched-words.xhtml", "word", ""));
    inParallel(addresses, HostilePagesIT::walk);
    report();
  }

  @Test
  void noFormPostGivesTheServerErrorPage() throws Exception {
    String c = "?id=" + comment;
    List<FormCase> forms =
        List.of(
            new FormCase(anonymous, "/login.xhtml", "loginForm", "loginForm:submit", List.of()),
            new FormCase(
                anonymous, "/register.xhtml", "registerForm", "registerForm:submit", List.of()),
            new FormCase(
                anonymous, "/password-reset.xhtml", "requestForm", "requestForm:send", List.of()),
            new FormCase(
                participant,
                "/topic.xhtml?id=" + topic,
                "postForm",
                "postForm:submit",
                List.of("id")),
            new FormCase(participant, "/comment.xhtml" + c, "replyForm", null, List.of("id")),
            new FormCase(participant, "/comment.xhtml" + c, "reportForm", null, List.of("id")),
            new FormCase(
                author,
                "/comment.xhtml" + c,
                "editForm",
                "editForm:save",
                List.of("id", "version")),
            new FormCase(participant, "/profile.xhtml", "profileForm", null, List.of()),
            new FormCase(
                staff, "/staff/topic-edit.xhtml", "topicForm", "topicForm:save", List.of()),
            new FormCase(
                moderator,
                "/moderation/case.xhtml?id=" + caseId,
                "decisionForm",
                null,
                List.of("id", "version")),
            new FormCase(administrator, "/admin/outbox.xhtml", "outboxForm", null, List.of()),
            new FormCase(administrator, "/admin/participants.xhtml", "searchForm", null, List.of()),
            new FormCase(administrator, "/admin/watched-words.xhtml", "wordForm", null, List.of()),
            new FormCase(
                administrator,
                "/admin/moderation-templates.xhtml",
                "templateForm",
                null,
                List.of()));
    inParallel(forms, HostilePagesIT::walk);
    report();
  }

  private static Address address(WebSession session, String path, String... pairs) {
    Map<String, String> valid = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      valid.put(pairs[i], pairs[i + 1]);
    }
    return new Address(session, path, valid);
  }

  private static void walk(Address a) {
    for (String name : a.valid().keySet()) {
      for (String value : QUERY_VALUES) {
        StringBuilder query = new StringBuilder();
        a.valid()
            .forEach(
                (k, v) -> {
                  String x = k.equals(name) ? value : WebSession.enc(v);
                  if (!x.isEmpty() || k.equals(name)) {
                    query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(x);
                  }
                });
        String url = a.path() + query;
        check(url, a.session().get(url));
      }
    }
  }

  private static void walk(FormCase f) {
    WebSession.Form form = f.session().form(f.page(), f.form());
    String button = f.button() == null ? firstButton(form) : f.button();
    List<String> typed = new ArrayList<>();
    for (String name : form.fields.keySet()) {
      if (name.startsWith(f.form() + ":") && !name.contains("ViewState")) {
        typed.add(name);
      }
    }
    for (String name : typed) {
      for (String value : FORM_VALUES) {
        post(f, fresh(f), button, name, value);
      }
    }
    for (String name : f.hiddenIds()) {
      for (String value : ID_VALUES) {
        post(f, fresh(f), button, name, value);
      }
    }
    for (String state : VIEW_STATES) {
      post(f, fresh(f), button, "jakarta.faces.ViewState", state);
    }
    WebSession.Form missing = fresh(f);
    missing.fields.remove("jakarta.faces.ViewState");
    String label = f.page() + " " + f.form() + " without a view state";
    check(label, f.session().post(missing.action, missing.encoded(button), null));
    // a view state from another person's session
    post(f, fresh(f), button, "jakarta.faces.ViewState", foreignViewState(f.session()));
  }

  private static String foreignViewState(WebSession mine) {
    WebSession.Form other =
        mine == administrator
            ? participant.form("/profile.xhtml", "profileForm")
            : administrator.form("/admin/outbox.xhtml", "outboxForm");
    return other.fields.get("jakarta.faces.ViewState");
  }

  private static WebSession.Form fresh(FormCase f) {
    return f.session().form(f.page(), f.form());
  }

  private static String firstButton(WebSession.Form form) {
    return form.buttons.isEmpty() ? null : form.buttons.get(0);
  }

  private static void post(
      FormCase f, WebSession.Form form, String button, String name, String value) {
    String body;
    if (value.startsWith("raw:")) {
      form.set(name, "RAWVALUE");
      body = form.encoded(button).replace("RAWVALUE", value.substring(4));
    } else {
      form.set(name, value);
      body = form.encoded(button);
    }
    String label =
        f.page() + " " + f.form() + " with " + name + "=" + shorten(value.replace("\u0000", "\\0"));
    check(label, f.session().post(form.action, body, null));
  }

  private static void check(String label, WebSession.Page page) {
    SENT.incrementAndGet();
    if (page.status() >= 500 || page.body().contains(SERVER_ERROR_TITLE)) {
      FAILURES.add(label + ": " + page);
      return;
    }
    if (page.status() >= 400) {
      if (!page.contentType().startsWith("text/html")) {
        FAILURES.add(label + ": " + page.status() + " as " + page.contentType());
      } else if (page.heading().isEmpty()) {
        FAILURES.add(label + ": " + page.status() + " without a heading");
      } else if (page.status() == 400 && !page.body().contains("id=\"error-message\"")) {
        FAILURES.add(label + ": 400 without saying why");
      }
    }
  }

  private static <T> void inParallel(List<T> items, java.util.function.Consumer<T> walk)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (T item : items) {
        runs.add(pool.submit(() -> walk.accept(item)));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report() {
    List<String> failures = new ArrayList<>(FAILURES);
    FAILURES.clear();
    int sent = SENT.getAndSet(0);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + sent
            + " requests failed:\n"
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
