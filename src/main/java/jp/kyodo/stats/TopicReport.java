package jp.kyodo.stats;

import java.util.List;

/**
 * A topic's participation report for its owning department: counts, stances, reactions and who took
 * part, aggregates only, with small cells suppressed — except the comment and participant totals,
 * which the topic's public page shows anyway (the same counters).
 */
public record TopicReport(
    long topicId,
    String title,
    String department,
    String status,
    Cell comments,
    Cell opinions,
    Cell replies,
    Cell participants,
    List<StatTable> tables) {}
