package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import jp.kyodo.platform.TextFolding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A word administrators watch for, with what happens to a comment that contains it. */
@Entity
@Table(name = "watched_word")
public class WatchedWord {
  /** The longest word, and its longest folded form (both columns are varchar(100)). */
  public static final int MAX_LENGTH = 100;

  /** Strongest first: a block beats a hold beats a flag. */
  public enum Action {
    BLOCK,
    HOLD,
    FLAG;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String word;
  private String folded;
  private String action;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected WatchedWord() {}

  WatchedWord(String word, Action action, long createdBy, OffsetDateTime now) {
    this.word = word;
    this.folded = TextFolding.fold(word);
    this.action = action.code();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  @Schema(name = "WatchedWordView")
  public record View(long id, String word, String action, OffsetDateTime createdAt) {}

  public View view() {
    return new View(id, word, action, createdAt);
  }

  public Long id() {
    return id;
  }

  public String word() {
    return word;
  }

  public String folded() {
    return folded;
  }

  public Action action() {
    return Action.valueOf(action.toUpperCase(Locale.ROOT));
  }
}
