package jp.kyodo.topic;

import java.util.Arrays;
import java.util.Optional;

/** draft → open → closed → archived; the official response may be published once closed. */
public enum TopicStatus {
  DRAFT("draft"),
  OPEN("open"),
  CLOSED("closed"),
  ARCHIVED("archived");

  private final String code;

  TopicStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The consultation is over (closed or archived): its results can be written and published. */
  public boolean concluded() {
    return this == CLOSED || this == ARCHIVED;
  }

  public static Optional<TopicStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  @jakarta.persistence.Converter(autoApply = true)
  public static class Converter
      implements jakarta.persistence.AttributeConverter<TopicStatus, String> {
    @Override
    public String convertToDatabaseColumn(TopicStatus status) {
      return status == null ? null : status.code;
    }

    @Override
    public TopicStatus convertToEntityAttribute(String code) {
      return code == null ? null : fromCode(code).orElseThrow();
    }
  }
}
