package jp.kyodo.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPointsTest {
  private static final KeyTerms.Cutter CUTTER = KeyTerms.load().cutter();

  private static KeyPoints.CommentTerms comment(long id, String text) {
    Map<String, String> terms = CUTTER.terms(text);
    return new KeyPoints.CommentTerms(
        id, terms.keySet().toArray(String[]::new), terms.values().toArray(String[]::new));
  }

  /** A topic about bicycles and street lights; every comment speaks of 区民 too. */
  private static List<KeyPoints.CommentTerms> topic() {
    return List.of(
        comment(11, "区民として、駅前の駐輪場が足りないと感じます。"),
        comment(12, "区民の一人です。駐輪場の料金を下げてください。"),
        comment(13, "区民の声：駐輪場をもっと増やしてほしい。"),
        comment(14, "区民です。夜道の街灯が暗くて怖いです。"),
        comment(15, "区民として、公園の街灯を明るくしてほしい。"),
        comment(16, "区民の立場から、防犯のために街灯を。"));
  }

  /** Other topics that all speak of 区民, and one of 公園. */
  private static KeyPoints.Background others() {
    Map<String, Integer> topicsWith = new HashMap<>();
    topicsWith.put("区民", 20);
    topicsWith.put("公園", 6);
    return new KeyPoints.Background(20, k -> topicsWith.getOrDefault(k, 0));
  }

  private static Map<String, KeyPoints.Candidate> byLabel(List<KeyPoints.Candidate> found) {
    Map<String, KeyPoints.Candidate> out = new HashMap<>();
    found.forEach(c -> out.put(c.label(), c));
    return out;
  }

  @Test
  void proposesTheTopicsTermsWithTheCommentsThatUseThem() {
    Map<String, KeyPoints.Candidate> found =
        byLabel(KeyPoints.extract(topic(), others(), Set.of(), KeyPoints.MAX));
    assertEquals(List.of(11L, 12L, 13L), found.get("駐輪場").commentIds());
    assertEquals(List.of(14L, 15L, 16L), found.get("街灯").commentIds());
    assertFalse(found.containsKey("駅前"), "a term of one comment is not proposed");
  }

  @Test
  void theIdfOverTopicsSinksATermEveryTopicUses() {
    List<KeyPoints.Candidate> found = KeyPoints.extract(topic(), others(), Set.of(), 3);
    assertEquals(List.of("街灯", "駐輪場", "区民"), found.stream().map(c -> c.label()).toList());
    List<KeyPoints.Candidate> alone =
        KeyPoints.extract(topic(), KeyPoints.Background.NONE, Set.of(), 3);
    assertEquals("区民", alone.get(0).label(), "in every comment: first without other topics");
  }

  @Test
  void aTermInsideACompoundWithMostlyTheSameCommentsIsFoldedIntoOne() {
    List<KeyPoints.CommentTerms> comments =
        List.of(
            comment(1, "児童館職員の配置を増やしてほしい"),
            comment(2, "児童館職員が足りません"),
            comment(3, "児童館職員の研修を"),
            comment(4, "図書館の本を増やして"),
            comment(5, "図書館の開館時間"));
    List<KeyPoints.Candidate> found =
        KeyPoints.extract(comments, KeyPoints.Background.NONE, Set.of(), KeyPoints.MAX);
    List<String> labels = found.stream().map(KeyPoints.Candidate::label).toList();
    assertEquals(1, labels.stream().filter(l -> l.contains("児童")).count(), labels.toString());
    assertFalse(labels.contains("職員") && labels.contains("児童館職員"), labels.toString());
    KeyPoints.Candidate children =
        found.stream().filter(c -> c.label().contains("児童")).findFirst().orElseThrow();
    assertEquals(List.of(1L, 2L, 3L), children.commentIds());
    assertEquals("児童館職員", children.label(), "the compound names what they all say");
    assertTrue(labels.contains("図書館"), labels.toString());
  }

  @Test
  void labelsStaffDecidedOnAreNotProposedAgain() {
    List<KeyPoints.Candidate> found =
        KeyPoints.extract(topic(), others(), Set.of("駐輪場"), KeyPoints.MAX);
    assertFalse(found.stream().anyMatch(c -> c.key().equals("駐輪場")));
    assertTrue(found.stream().anyMatch(c -> c.key().equals("街灯")));
  }

  @Test
  void theSameCommentsInAnyOrderGiveTheSameCandidatesTiesBrokenByTerm() {
    List<KeyPoints.CommentTerms> shuffled = new ArrayList<>(topic());
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(
        KeyPoints.extract(topic(), others(), Set.of(), KeyPoints.MAX),
        KeyPoints.extract(shuffled, others(), Set.of(), KeyPoints.MAX));
    List<KeyPoints.CommentTerms> tied = List.of(comment(1, "街灯と信号"), comment(2, "街灯と信号"));
    assertEquals(
        List.of("信号", "街灯"),
        KeyPoints.extract(tied, KeyPoints.Background.NONE, Set.of(), 2).stream()
            .map(KeyPoints.Candidate::label)
            .toList());
  }

  @Test
  void aLargeTopicNeedsMoreCommentsForACandidate() {
    assertEquals(2, KeyPoints.minComments(6));
    assertEquals(20, KeyPoints.minComments(10_000));
  }
}
