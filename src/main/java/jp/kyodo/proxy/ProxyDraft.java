package jp.kyodo.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.participant.Profile;

/**
 * An opinion received outside the web, checked and ready to enter: text normalised, codes known,
 * the day inside the topic's period, the participant (if any) active.
 */
public record ProxyDraft(
    CommentChannel channel,
    LocalDate receivedOn,
    String place,
    String body,
    Profile profile,
    Long participantId) {
  /** The longest place name (its column). */
  public static final int PLACE_MAX = 200;

  /**
   * What makes a CSV row the same row when a file is imported again: SHA-256 (hex) of the topic,
   * everything the row says (normalised), and which occurrence of that content it is in its file
   * (two people who wrote the same words on the same day are two rows).
   */
  public String importKey(long topicId, int occurrence) {
    String canonical =
        String.join(
            "\n",
            String.valueOf(topicId),
            channel.code(),
            receivedOn.toString(),
            nullable(place),
            body,
            nullable(profile.ageBand()),
            nullable(profile.areaCode()),
            nullable(profile.districtCode()),
            nullable(profile.relation()),
            participantId == null ? "" : participantId.toString(),
            String.valueOf(occurrence));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content part of the key, to tell which rows of a file say the same thing. */
  String content() {
    return importKey(0, 0);
  }

  private static String nullable(String s) {
    return s == null ? "" : s;
  }
}
