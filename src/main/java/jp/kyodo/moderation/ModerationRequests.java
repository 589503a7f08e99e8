package jp.kyodo.moderation;

import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.Required;

/** What participants, moderators and administrators send to the moderation API. */
public final class ModerationRequests {
  private ModerationRequests() {}

  /** reason: spam, abuse, personal_info, off_topic, illegal or other (then text is required). */
  public record Report(
      @Required @CleanText(max = 24) String reason,
      @CleanText(max = 2000, multiline = true) String text) {}

  /**
   * action: hide, dismiss, restore, approve or reject; templateId: a template for that action;
   * version: the case version the moderator saw (else 409).
   */
  public record Decide(
      @Required @CleanText(max = 16) String action,
      @Required Long templateId,
      @CleanText(max = 2000, multiline = true) String note,
      @Required(message = "{validation.version.required}") Long version) {}

  public record ReviewRequest(@Required @CleanText(max = 2000, multiline = true) String text) {}

  /**
   * action: block, hold or flag; match: part (anywhere in the text, the default) or word (as whole
   * words of the text).
   */
  public record WatchedWord(
      @Required @CleanText(max = jp.kyodo.moderation.WatchedWord.MAX_LENGTH) String word,
      @Required @CleanText(max = 8) String action,
      @CleanText(max = 8) String match) {}

  /** A watched word's new action and match mode, with the version the administrator read. */
  public record WatchedWordChange(
      @Required @CleanText(max = 8) String action,
      @Required @CleanText(max = 8) String match,
      @Required(message = "{validation.version.required}") Long version) {}

  /**
   * phrase: contains a watched word but is fine (ばかり); wordId: the watched word it excuses (the
   * phrase must contain it), or none for every word.
   */
  public record WordException(
      @Required @CleanText(max = jp.kyodo.moderation.WatchedWord.MAX_LENGTH) String phrase,
      Long wordId) {}

  /** version: when changing a template, the one the administrator read (else 400, or 409). */
  public record Template(
      @Required @CleanText(max = 16) String action,
      @Required @CleanText(max = 24) String reason,
      @Required @CleanText(max = 120) String titleJa,
      @Required @CleanText(max = 120) String titleEn,
      @Required @CleanText(max = 2000, multiline = true) String textJa,
      @Required @CleanText(max = 2000, multiline = true) String textEn,
      Boolean active,
      Long version) {}

  /** kind: warn, suspend (until required, in the future) or ban. */
  public record Sanction(
      @Required @CleanText(max = 8) String kind,
      @Required @CleanText(max = 2000, multiline = true) String reason,
      @CleanText(max = 40) String until) {}

  public record Lift(@Required @CleanText(max = 2000, multiline = true) String reason) {}

  public record Premoderation(@Required Boolean enabled) {}
}
