package jp.kyodo.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import jp.kyodo.platform.TextFolding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A word administrators watch for, with what happens to a comment that contains it and how it must
 * appear there: anywhere ({@code part}) or as whole words ({@code word}, see {@link WordMatcher}).
 */
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

  @Column(name = "match_mode")
  private String matchMode;

  @Version private long version;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected WatchedWord() {}

  WatchedWord(
      String word, Action action, WordMatcher.Mode mode, long createdBy, OffsetDateTime now) {
    this.word = word;
    this.folded = TextFolding.fold(word);
    this.action = action.code();
    this.matchMode = mode.code();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** match: part or word; version: send it back to change the word. */
  @Schema(name = "WatchedWordView")
  public record View(
      long id, String word, String action, String match, long version, OffsetDateTime createdAt) {}

  public View view() {
    return new View(id, word, action, matchMode, version, createdAt);
  }

  /** Changes what happens to a comment with the word, and how the word must appear in it. */
  void change(Action action, WordMatcher.Mode mode) {
    this.action = action.code();
    this.matchMode = mode.code();
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

  public WordMatcher.Mode mode() {
    return WordMatcher.Mode.valueOf(matchMode.toUpperCase(Locale.ROOT));
  }

  public long version() {
    return version;
  }
}
