package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.participant.PersonalDataSection;
import jp.kyodo.platform.SqlValues;

/**
 * "Download my data": the opinions staff entered on the participant's behalf and linked to their
 * account (received on paper, by post, phone, at a workshop or a counter) — their words and what
 * they told staff about themselves. Not who entered it: that is the ward's record, not theirs.
 */
@ApplicationScoped
public class ProxyDataSection implements PersonalDataSection {
  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Override
  public String name() {
    return "enteredOnYourBehalf";
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object export(long participantId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.topic_id, c.body, c.status, c.channel, pe.received_on, pe.place,"
                    + " pe.age_band, pe.area_code, pe.district_code, pe.relation, pe.entered_at"
                    + " from proxy_entry pe join comment c on c.id = pe.comment_id"
                    + " where pe.participant_id = ?1 order by c.id")
            .setParameter(1, participantId)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Map<String, Object> e = new LinkedHashMap<>();
              e.put("commentId", r[0]);
              e.put("topicId", r[1]);
              e.put("body", r[2]);
              e.put("status", r[3]);
              e.put("channel", r[4]);
              e.put("receivedOn", r[5] == null ? null : r[5].toString());
              e.put("place", r[6]);
              e.put("ageBand", r[7]);
              e.put("areaCode", r[8]);
              e.put("districtCode", r[9]);
              e.put("relation", r[10]);
              e.put("enteredAt", SqlValues.time(r[11]));
              return e;
            })
        .toList();
  }
}
