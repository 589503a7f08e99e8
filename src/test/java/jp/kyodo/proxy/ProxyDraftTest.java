package jp.kyodo.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.participant.Profile;
import org.junit.jupiter.api.Test;

/** What makes a CSV row the same row when the file is imported again. */
class ProxyDraftTest {
  private static ProxyDraft draft(String body) {
    return new ProxyDraft(
        CommentChannel.PAPER,
        LocalDate.of(2026, 11, 20),
        "三軒茶屋まちづくりセンター",
        body,
        new Profile("70s", null, null, null, null),
        null);
  }

  @Test
  void theSameRowOfTheSameTopicHasTheSameKey() {
    assertEquals(draft("賛成です").importKey(7, 1), draft("賛成です").importKey(7, 1));
    assertEquals(64, draft("賛成です").importKey(7, 1).length());
  }

  @Test
  void anotherTopicAnotherTextOrAnotherOccurrenceIsAnotherRow() {
    String key = draft("賛成です").importKey(7, 1);
    assertNotEquals(key, draft("賛成です").importKey(8, 1));
    assertNotEquals(key, draft("反対です").importKey(7, 1));
    assertNotEquals(key, draft("賛成です").importKey(7, 2), "two people wrote the same");
  }
}
