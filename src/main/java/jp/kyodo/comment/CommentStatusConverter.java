package jp.kyodo.comment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CommentStatus} as its code; the database's check constraint lists the same. */
@Converter
public class CommentStatusConverter implements AttributeConverter<CommentStatus, String> {
  @Override
  public String convertToDatabaseColumn(CommentStatus status) {
    return status == null ? null : status.code();
  }

  @Override
  public CommentStatus convertToEntityAttribute(String code) {
    return code == null
        ? null
        : CommentStatus.fromCode(code)
            .orElseThrow(() -> new IllegalStateException("unknown comment status " + code));
  }
}
