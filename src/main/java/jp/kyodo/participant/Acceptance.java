package jp.kyodo.participant;

import jp.kyodo.platform.CleanText;

/**
 * A participant accepts the versions in force of the terms and the privacy notice, naming them: the
 * versions they read. Each is needed when that document waits for acceptance.
 */
public record Acceptance(
    @CleanText(max = AccountRequests.CODE_MAX) String acceptedTermsVersion,
    @CleanText(max = AccountRequests.CODE_MAX) String acceptedPrivacyVersion) {}
