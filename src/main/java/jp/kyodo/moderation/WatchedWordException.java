package jp.kyodo.moderation;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.kyodo.platform.TextFolding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A phrase that contains a watched word but is fine (ばかり, ばかに): a word inside it does not count.
 * For one watched word, or for every word when it names none.
 */
@Entity
@Table(name = "watched_word_exception")
public class WatchedWordException {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "watched_word_id")
  private Long wordId;

  private String phrase;
  private String folded;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected WatchedWordException() {}

  /**
   * @param word the watched word it excuses, or null for every word; a phrase for one word must
   *     contain it (checked by the caller, which names the field)
   */
  WatchedWordException(String phrase, WatchedWord word, long createdBy, OffsetDateTime now) {
    this.phrase = phrase;
    this.folded = TextFolding.fold(phrase);
    this.wordId = word == null ? null : word.id();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** wordId and word: the watched word it excuses, both null when it excuses every word. */
  @JsonbNillable
  @Schema(name = "WordExceptionView")
  public record View(long id, String phrase, Long wordId, String word, OffsetDateTime createdAt) {}

  View view(String word) {
    return new View(id, phrase, wordId, word, createdAt);
  }

  public Long id() {
    return id;
  }

  public Long wordId() {
    return wordId;
  }

  public String phrase() {
    return phrase;
  }

  public String folded() {
    return folded;
  }
}
