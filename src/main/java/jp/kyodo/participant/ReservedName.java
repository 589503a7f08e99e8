package jp.kyodo.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A term no display name may contain, because it would pass a participant off as the ward. */
@Entity
@Table(name = "reserved_name")
public class ReservedName {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String term;
  private String folded;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ReservedName() {}

  ReservedName(String term, long createdBy, OffsetDateTime now) {
    this.term = term;
    this.folded = NameRules.skeleton(term);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** What administrators see of an entry. */
  public record View(long id, String term, OffsetDateTime createdAt) {}

  public View view() {
    return new View(id, term, createdAt);
  }

  public Long id() {
    return id;
  }

  public String term() {
    return term;
  }

  public NameRules.Term rule() {
    return new NameRules.Term(term, folded);
  }
}
