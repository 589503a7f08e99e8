package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * A topic whose voters fall into two planted camps: four opinions for each side, one opinion both
 * agree on; every member of camp A agrees with side A and disagrees with side B, camp B the other
 * way round. Opinion groups must find the camps and the shared opinion.
 */
record Camps(
    long topic,
    Accounts.Participant author,
    List<Long> sideA,
    List<Long> sideB,
    long shared,
    List<Accounts.Participant> campA,
    List<Accounts.Participant> campB) {

  static final String SIDE_A = "ボール遊びができる広場を増やしてほしい";
  static final String SIDE_B = "静かに過ごせる場所を残してほしい";
  static final String SHARED = "夜の照明を明るくしてほしい";

  static Camps plant(String title, String prefix, int perCamp) {
    long topic = Forum.openTopic(title);
    Accounts.Participant author = Accounts.confirmed(prefix + "-author");
    List<Long> sideA = new ArrayList<>();
    List<Long> sideB = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sideA.add(Forum.id(Forum.post(topic, SIDE_A + " " + i, author.token())));
      sideB.add(Forum.id(Forum.post(topic, SIDE_B + " " + i, author.token())));
    }
    long shared = Forum.id(Forum.post(topic, SHARED, author.token()));
    List<Accounts.Participant> campA = new ArrayList<>();
    List<Accounts.Participant> campB = new ArrayList<>();
    for (int p = 0; p < 2 * perCamp; p++) {
      boolean a = p < perCamp;
      Accounts.Participant voter = Accounts.confirmed(prefix + "-voter-" + p);
      (a ? campA : campB).add(voter);
      for (long c : sideA) {
        react(c, a ? "agree" : "disagree", voter);
      }
      for (long c : sideB) {
        react(c, a ? "disagree" : "agree", voter);
      }
      react(shared, "agree", voter);
    }
    return new Camps(topic, author, sideA, sideB, shared, campA, campB);
  }

  static void react(long comment, String kind, Accounts.Participant who) {
    Api.Reply r =
        Api.put("/api/v1/comments/" + comment + "/reaction", Api.json("kind", kind), who.token());
    assertEquals(200, r.status(), r.body());
  }
}
