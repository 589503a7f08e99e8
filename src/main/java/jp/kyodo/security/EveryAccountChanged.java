package jp.kyodo.security;

/**
 * Something every actor carries changed for everyone (a new version of the terms came into force):
 * every cached actor must be forgotten.
 */
public record EveryAccountChanged() {}
