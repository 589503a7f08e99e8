package jp.kyodo.participant;

/**
 * A part of "download my data". Each feature that stores something a participant wrote (comments,
 * reactions, reports) contributes its own section, so the export never forgets one.
 */
public interface PersonalDataSection {
  String name();

  Object export(long participantId);
}
