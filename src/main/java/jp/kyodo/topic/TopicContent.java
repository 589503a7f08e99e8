package jp.kyodo.topic;

import java.time.OffsetDateTime;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.MaxBodySize;
import jp.kyodo.platform.Required;

/** What staff write for a topic. Scope: whole ward (no area), an area, or a district. */
@MaxBodySize(kib = 256)
public record TopicContent(
    @Required @CleanText(max = TopicContent.TITLE_MAX) String title,
    @Required @CleanText(max = TopicContent.BODY_MAX, multiline = true) String body,
    @Required @CleanText(max = 32) String policyArea,
    @CleanText(max = 32) String scopeArea,
    @CleanText(max = 32) String scopeDistrict,
    @Required @CleanText(max = 100) String department,
    @Required OffsetDateTime opensAt,
    @Required OffsetDateTime closesAt,
    Long version) {
  public static final int TITLE_MAX = 120;
  public static final int BODY_MAX = 20_000;
}
