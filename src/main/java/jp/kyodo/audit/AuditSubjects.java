package jp.kyodo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyodo.platform.SqlValues;

/**
 * What the audit log page names its entries by: the people who acted or were acted on, the topics
 * and comments, the decision templates. Read in one statement per kind for a page of entries.
 */
@ApplicationScoped
public class AuditSubjects {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  /** A participant's display name; null once they withdrew (their name is erased). */
  public record Person(long id, String displayName) {}

  public record TopicRef(long id, String title, String status) {}

  public record CommentRef(
      long id, long topicId, String topicTitle, String topicStatus, String status) {}

  /** Everything a page of entries mentions, by id. */
  public record Subjects(
      Map<Long, Person> people,
      Map<Long, TopicRef> topics,
      Map<Long, CommentRef> comments,
      Map<Long, String[]> templates) {}

  @Transactional
  public Subjects of(List<AuditLog.AuditEntryView> entries) {
    Set<Long> people = new TreeSet<>();
    entries.stream()
        .map(AuditLog.AuditEntryView::actorId)
        .filter(Objects::nonNull)
        .forEach(people::add);
    people.addAll(ids(entries, "participant"));
    return new Subjects(
        people(people),
        topics(ids(entries, "topic")),
        comments(ids(entries, "comment")),
        templates(ids(entries, "moderation_template")));
  }

  private static Set<Long> ids(List<AuditLog.AuditEntryView> entries, String type) {
    return entries.stream()
        .filter(e -> type.equals(e.targetType()) && e.targetId() != null)
        .map(e -> e.targetId().matches("[0-9]{1,18}") ? Long.valueOf(e.targetId()) : null)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Map<Long, Person> people(Collection<Long> ids) {
    Map<Long, Person> out = new HashMap<>();
    for (Object[] r : rows("select id, display_name from participant where id in ", ids)) {
      out.put(SqlValues.asLong(r[0]), new Person(SqlValues.asLong(r[0]), (String) r[1]));
    }
    return out;
  }

  private Map<Long, TopicRef> topics(Collection<Long> ids) {
    Map<Long, TopicRef> out = new HashMap<>();
    for (Object[] r : rows("select id, title, status from topic where id in ", ids)) {
      out.put(
          SqlValues.asLong(r[0]),
          new TopicRef(SqlValues.asLong(r[0]), (String) r[1], (String) r[2]));
    }
    return out;
  }

  private Map<Long, CommentRef> comments(Collection<Long> ids) {
    Map<Long, CommentRef> out = new HashMap<>();
    for (Object[] r :
        rows(
            "select c.id, c.topic_id, t.title, t.status, c.status from comment c"
                + " join topic t on t.id = c.topic_id where c.id in ",
            ids)) {
      long id = SqlValues.asLong(r[0]);
      out.put(
          id,
          new CommentRef(id, SqlValues.asLong(r[1]), (String) r[2], (String) r[3], (String) r[4]));
    }
    return out;
  }

  /** id → {Japanese title, English title}. */
  private Map<Long, String[]> templates(Collection<Long> ids) {
    Map<Long, String[]> out = new HashMap<>();
    for (Object[] r :
        rows("select id, title_ja, title_en from moderation_template where id in ", ids)) {
      out.put(SqlValues.asLong(r[0]), new String[] {(String) r[1], (String) r[2]});
    }
    return out;
  }

  /** The ids are numbers parsed here, so they are written into the statement as such. */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String select, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    return em.createNativeQuery(select + list).getResultList();
  }
}
