package jp.kyodo.proxy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.kyodo.participant.Profile;

/**
 * Where an opinion entered by staff on someone's behalf came from: when and where it was received,
 * the profile answers the person gave (each optional), the registered participant it belongs to
 * (optional), and who entered it when. Written once with its comment; never changed.
 */
@Entity
@Table(name = "proxy_entry")
public class ProxyEntry {
  @Id
  @Column(name = "comment_id", updatable = false)
  private Long commentId;

  @Column(name = "received_on", updatable = false)
  private LocalDate receivedOn;

  @Column(updatable = false)
  private String place;

  @Column(name = "age_band", updatable = false)
  private String ageBand;

  @Column(name = "area_code", updatable = false)
  private String areaCode;

  @Column(name = "district_code", updatable = false)
  private String districtCode;

  @Column(updatable = false)
  private String relation;

  @Column(name = "participant_id", updatable = false)
  private Long participantId;

  @Column(name = "entered_by", updatable = false)
  private long enteredBy;

  @Column(name = "entered_at", updatable = false)
  private OffsetDateTime enteredAt;

  @Column(name = "import_key", updatable = false)
  private String importKey;

  protected ProxyEntry() {}

  /** The provenance of comment {@code commentId}, from a checked draft. */
  ProxyEntry(
      long commentId,
      ProxyDraft draft,
      long enteredBy,
      OffsetDateTime enteredAt,
      String importKey) {
    this.commentId = commentId;
    this.receivedOn = Objects.requireNonNull(draft.receivedOn());
    this.place = draft.place();
    Profile profile = draft.profile();
    this.ageBand = profile.ageBand();
    this.areaCode = profile.areaCode();
    this.districtCode = profile.districtCode();
    this.relation = profile.relation();
    this.participantId = draft.participantId();
    this.enteredBy = enteredBy;
    this.enteredAt = Objects.requireNonNull(enteredAt);
    this.importKey = importKey;
  }

  public Long commentId() {
    return commentId;
  }
}
