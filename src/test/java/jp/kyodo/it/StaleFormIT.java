package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 3: a form whose view the server no longer has — expired with the session, taken
 * from another session, garbled — is shown again with what was typed and a message to send it
 * again, instead of the 500 page; nothing is saved. Without a session, a page that needs one sends
 * the visitor to sign in.
 */
@ExtendWith(KyodoServer.class)
class StaleFormIT {
  private static final String STALE = "ページの有効期限が切れたため、送信できませんでした";

  /** Follows the redirect a stale form answers with; returns the page it shows. */
  private static WebSession.Page followed(WebSession session, WebSession.Page answer) {
    assertTrue(answer.status() == 302 || answer.status() == 303, answer.toString());
    String location = URI.create(answer.location()).getRawPath();
    String query = URI.create(answer.location()).getRawQuery();
    return session.get(location + (query == null ? "" : "?" + query));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbled", "stateless", "12345:67890", ""})
  void aSignInWithAnUnusableViewStateShowsTheFormAgainWithTheAddress(String viewState) {
    WebSession visitor = WebSession.anonymous();
    WebSession.Form form =
        visitor
            .form("/login.xhtml?next=%2Fprofile.xhtml", "loginForm")
            .set("loginForm:email", "hanako@example.jp")
            .set("loginForm:password", "a secret that must not come back")
            .set("jakarta.faces.ViewState", viewState);
    WebSession.Page answer =
        visitor.post(
            form.action, form.encoded("loginForm:submit"), "/login.xhtml?next=%2Fprofile.xhtml");
    assertTrue(answer.location().endsWith("/login.xhtml?next=%2Fprofile.xhtml"), answer.location());
    WebSession.Page again = followed(visitor, answer);
    assertEquals(200, again.status());
    assertTrue(again.body().contains(STALE), again.body());
    assertTrue(again.body().contains("value=\"hanako@example.jp\""), "the address is kept");
    assertFalse(again.body().contains("a secret that must not come back"), "never the password");
    assertTrue(again.body().contains("value=\"/profile.xhtml\""), "the hidden next is kept");
  }

  @Test
  void aViewStateFromAnotherSessionIsTreatedAlike() {
    WebSession someoneElse = WebSession.anonymous();
    String theirs =
        someoneElse.form("/login.xhtml", "loginForm").fields.get("jakarta.faces.ViewState");
    WebSession visitor = WebSession.anonymous();
    WebSession.Form form =
        visitor
            .form("/login.xhtml", "loginForm")
            .set("loginForm:email", "taro@example.jp")
            .set("jakarta.faces.ViewState", theirs);
    WebSession.Page again =
        followed(visitor, visitor.post(form.action, form.encoded("loginForm:submit"), null));
    assertTrue(again.body().contains(STALE), again.body());
    assertTrue(again.body().contains("value=\"taro@example.jp\""));
  }

  @Test
  void aSignedInParticipantKeepsTheOpinionTheyTypedAndNothingIsPosted() {
    Accounts.Participant p = Accounts.confirmed("stale-writer");
    long topic = Forum.openTopic("期限切れのフォーム");
    WebSession session = WebSession.signedIn(p.email(), Accounts.PASSWORD);
    String opinion = "期限が切れても消えてほしくない長い意見です。\n二行目もあります。";
    WebSession.Form form =
        session
            .form("/topic.xhtml?id=" + topic, "postForm")
            .set("postForm:body", opinion)
            .set("postForm:stance", "agree")
            .set("jakarta.faces.ViewState", "-4711:0815");
    // no Referer: the form's hidden id says which topic to show again
    WebSession.Page answer = session.post(form.action, form.encoded("postForm:submit"), null);
    assertTrue(answer.location().endsWith("/topic.xhtml?id=" + topic), answer.location());
    WebSession.Page again = followed(session, answer);
    assertEquals(200, again.status());
    assertTrue(again.body().contains(STALE), again.body());
    assertTrue(again.body().contains(opinion), "the opinion is kept: " + again.body());
    assertTrue(again.body().contains("value=\"agree\" selected"), "the stance is kept");
    assertEquals(
        0,
        Api.get("/api/v1/topics/" + topic, null).json().getInt("commentCount"),
        "nothing was posted");
  }

  @Test
  void aPageThatNeedsSignInSendsAVisitorWithoutSessionToSignIn() {
    Accounts.Participant p = Accounts.confirmed("stale-profile");
    WebSession session = WebSession.signedIn(p.email(), Accounts.PASSWORD);
    WebSession.Form form = session.form("/profile.xhtml", "profileForm");
    // the session has expired: the same form posted without it
    WebSession.Page answer =
        WebSession.anonymous().post(form.action, form.encoded(form.buttons.get(0)), null);
    assertEquals(302, answer.status(), answer.toString());
    assertNotNull(answer.location());
    assertTrue(answer.location().contains("/login.xhtml?next="), answer.location());
  }

  @Test
  void aViewStateInAnAddressIsABadRequest() {
    WebSession.Page page =
        WebSession.anonymous().get("/topics.xhtml?jakarta.faces.ViewState=1%3A2");
    assertEquals(400, page.status(), page.toString());
    assertTrue(page.body().contains("id=\"error-message\""), page.body());
  }
}
