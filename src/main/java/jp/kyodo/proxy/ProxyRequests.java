package jp.kyodo.proxy;

import jp.kyodo.comment.CommentSettings;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.MaxBodySize;
import jp.kyodo.platform.Required;

/** What staff send when they enter an opinion received outside the web. */
public final class ProxyRequests {
  private ProxyRequests() {}

  /**
   * One opinion. {@code channel}: paper, post, phone, workshop or counter. {@code receivedOn}: the
   * day it was received (2026-11-20 or 2026/11/20), during the topic's period and not in the
   * future. {@code place}: where (「三軒茶屋まちづくりセンター」), optional. The profile answers the person gave
   * are optional codes as in a participant's profile ({@code ageBand}, {@code areaCode}, {@code
   * districtCode}, {@code relation}); {@code participantId} or {@code participantEmail} names the
   * registered participant it belongs to, if any.
   */
  @MaxBodySize(kib = 128)
  public record NewEntry(
      @Required @CleanText(max = 16) String channel,
      @Required @CleanText(max = 32) String receivedOn,
      @CleanText(max = ProxyDraft.PLACE_MAX) String place,
      @Required @CleanText(max = CommentSettings.LENGTH_CEILING, multiline = true) String body,
      @CleanText(max = 16) String ageBand,
      @CleanText(max = 32) String areaCode,
      @CleanText(max = 32) String districtCode,
      @CleanText(max = 16) String relation,
      Long participantId,
      @CleanText(max = 254) String participantEmail) {}
}
