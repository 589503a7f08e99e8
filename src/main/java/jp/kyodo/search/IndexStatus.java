package jp.kyodo.search;

import java.time.Instant;

/**
 * A node's search index as an operator sees it. {@code state}: ready, rebuilding or missing (not
 * built yet). During a rebuild {@code rebuildDone} of about {@code rebuildTotal} documents are in;
 * {@code lastRebuildSeconds} is how long the last finished one took.
 */
public record IndexStatus(
    String state,
    String directory,
    String schemaVersion,
    long documents,
    long appliedSequence,
    int openGaps,
    long rebuildDone,
    long rebuildTotal,
    Instant rebuildStartedAt,
    Double lastRebuildSeconds,
    String lastRebuildReason) {}
