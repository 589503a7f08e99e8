package jp.kyodo.document;

import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What administrators send to publish a version of the terms or the privacy notice. */
public final class PolicyDocumentRequests {
  public static final int BODY_MAX = 50_000;
  public static final int CHANGES_MAX = 4_000;

  private PolicyDocumentRequests() {}

  /**
   * A new version: in force from the start of {@code effectiveFrom} (a date, Tokyo time; today or
   * later); {@code version} defaults to that date. The Japanese text is required and authoritative;
   * the English translation is optional.
   */
  @Schema(name = "PolicyDocumentPublication")
  public record Publication(
      @CleanText(max = 32) String version,
      @Required @CleanText(max = 10) String effectiveFrom,
      @Required @CleanText(max = CHANGES_MAX, multiline = true) String changesJa,
      @Required @CleanText(max = BODY_MAX, multiline = true) String bodyJa,
      @CleanText(max = CHANGES_MAX, multiline = true) String changesEn,
      @CleanText(max = BODY_MAX, multiline = true) String bodyEn) {}
}
