package jp.kyodo.security;

/**
 * An account's roles, tokens or standing changed (role change, token revoked, withdrawal, password
 * reset): cached actors of that participant must be forgotten.
 */
public record AccountChanged(long participantId) {}
