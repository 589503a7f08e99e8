package jp.kyodo.insight;

import java.util.List;

/**
 * An approved key point of a topic, for what groups opinions by key point (the results document):
 * its label, staff's order (null: after the ordered ones, by score) and the ids of its comments
 * visible now, oldest first. A comment may belong to several key points, or to none.
 */
public record ApprovedKeyPoint(long id, String label, Integer sortOrder, List<Long> commentIds) {}
