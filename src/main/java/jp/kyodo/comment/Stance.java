package jp.kyodo.comment;

import java.util.Arrays;
import java.util.Optional;

/** The author's stance on the topic, for top-level opinions: 賛成 / 反対 / 中立 / 質問. */
public enum Stance {
  AGREE("agree"),
  OPPOSE("oppose"),
  NEUTRAL("neutral"),
  QUESTION("question");

  private final String code;

  Stance(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Stance> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
