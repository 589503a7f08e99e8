package jp.kyodo.comment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A comment as readers see it. A deleted or hidden comment keeps its place with no text (a hidden
 * one names the reason category); a withdrawn author has no name (pages show 「退会したユーザー」). {@code
 * replyTo} names whom a reply answers. {@code status} is visible, deleted, hidden, or — only in its
 * author's own view — held or rejected. {@code channel} says how it reached the ward ({@link
 * CommentChannel}: web, or paper, post, phone, workshop, counter); an opinion received outside the
 * web and entered by ward staff has its {@code provenance} and no author's id or name (pages show
 * 「紙で寄せられた意見（区職員が代理入力）」 and the like instead).
 */
public record CommentView(
    long id,
    long topicId,
    Long parentId,
    Long rootId,
    Long inReplyToId,
    int depth,
    Author author,
    Author replyTo,
    String body,
    String stance,
    boolean deleted,
    boolean edited,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    int replyCount,
    int agreeCount,
    int disagreeCount,
    String myReaction,
    long version,
    String status,
    String moderationReason,
    String channel,
    Provenance provenance) {

  /**
   * An author as shown beside a comment. {@code proxyChannel}: for an opinion received outside the
   * web and entered by staff, how it was received (then there is no id or name); null otherwise.
   */
  public record Author(
      Long id, String displayName, boolean staff, boolean withdrawn, String proxyChannel) {
    public boolean proxy() {
      return proxyChannel != null;
    }
  }

  /**
   * Where an opinion entered by staff on someone's behalf came from: how and when it was received
   * (the day, in Tokyo) and where (a place such as 「三軒茶屋まちづくりセンター」, or none).
   */
  public record Provenance(String channel, LocalDate receivedOn, String place) {}

  public boolean hidden() {
    return "hidden".equals(status);
  }

  public boolean held() {
    return "held".equals(status);
  }

  CommentView withMyReaction(String reaction) {
    return new CommentView(
        id,
        topicId,
        parentId,
        rootId,
        inReplyToId,
        depth,
        author,
        replyTo,
        body,
        stance,
        deleted,
        edited,
        createdAt,
        editedAt,
        replyCount,
        agreeCount,
        disagreeCount,
        reaction,
        version,
        status,
        moderationReason,
        channel,
        provenance);
  }
}
