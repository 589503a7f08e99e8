package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.participant.PersonalDataSection;
import jp.kyodo.platform.SqlValues;

/** "Download my data": every comment the participant wrote and every reaction they gave. */
@ApplicationScoped
public class CommentDataSection implements PersonalDataSection {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Override
  public String name() {
    return "comments";
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object export(long participantId) {
    List<Object[]> written =
        em.createNativeQuery(
                "select id, topic_id, parent_id, body, stance, status, created_at, edited_at"
                    + " from comment where author_id = ?1 order by id")
            .setParameter(1, participantId)
            .getResultList();
    List<Object[]> reacted =
        em.createNativeQuery(
                "select comment_id, kind, created_at from reaction where participant_id = ?1"
                    + " order by created_at")
            .setParameter(1, participantId)
            .getResultList();
    Map<String, Object> section = new LinkedHashMap<>();
    section.put(
        "written",
        written.stream()
            .map(
                r -> {
                  Map<String, Object> c = new LinkedHashMap<>();
                  c.put("id", r[0]);
                  c.put("topicId", r[1]);
                  c.put("parentId", r[2]);
                  c.put("body", r[3]);
                  c.put("stance", r[4]);
                  c.put("status", r[5]);
                  c.put("createdAt", SqlValues.time(r[6]));
                  c.put("editedAt", SqlValues.time(r[7]));
                  return c;
                })
            .toList());
    section.put(
        "reactions",
        reacted.stream()
            .map(r -> Map.of("commentId", r[0], "kind", r[1], "at", SqlValues.time(r[2])))
            .toList());
    return section;
  }
}
