package jp.kyodo.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import jp.kyodo.platform.BusinessRuleException;

/**
 * Claims a key, runs the operation and records its result, all in the operation's own transaction:
 * the write and its record commit together or not at all, so a crash can leave neither a write
 * without its record nor a record without its write. A concurrent request with the same key waits
 * at the claim (PostgreSQL's unique index) until the first commits, then gets its result; when the
 * first fails, nothing was recorded and the second runs. Only successful (2xx) results are kept: a
 * refused request changed nothing, so its retry simply runs again.
 */
@ApplicationScoped
public class IdempotentCalls {
  /** The header a replayed answer carries. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "kyodo")
  EntityManager em;

  @Transactional(rollbackOn = Exception.class)
  public Response run(String owner, String key, String fingerprint, Callable<Response> operation)
      throws Exception {
    if (!claim(owner, key, fingerprint)) {
      return replay(owner, key, fingerprint);
    }
    Response response = operation.call();
    if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      record(owner, key, response);
    } else {
      em.createNativeQuery("delete from idempotency_key where owner = ?1 and idem_key = ?2")
          .setParameter(1, owner)
          .setParameter(2, key)
          .executeUpdate();
    }
    return response;
  }

  /** True when this request owns the key now: it was new, or its earlier use has expired. */
  private boolean claim(String owner, String key, String fingerprint) {
    return em.createNativeQuery(
                "insert into idempotency_key (owner, idem_key, fingerprint, created_at, status)"
                    + " values (?1, ?2, ?3, now(), 0)"
                    + " on conflict (owner, idem_key) do update set"
                    + " fingerprint = excluded.fingerprint, created_at = excluded.created_at,"
                    + " status = 0, location = null, entity_type = null, body = null"
                    + " where idempotency_key.created_at < now() - interval '1 day'")
            .setParameter(1, owner)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .executeUpdate()
        == 1;
  }

  private void record(String owner, String key, Response response) {
    Object entity = response.getEntity();
    em.createNativeQuery(
            "update idempotency_key set status = ?3, location = ?4, entity_type = ?5, body = ?6"
                + " where owner = ?1 and idem_key = ?2")
        .setParameter(1, owner)
        .setParameter(2, key)
        .setParameter(3, response.getStatus())
        .setParameter(4, response.getLocation() == null ? null : response.getLocation().toString())
        .setParameter(5, entity == null ? null : entity.getClass().getName())
        .setParameter(6, entity == null ? null : JSONB.toJson(entity))
        .executeUpdate();
  }

  private Response replay(String owner, String key, String fingerprint) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select fingerprint, status, location, entity_type, body from idempotency_key"
                    + " where owner = ?1 and idem_key = ?2")
            .setParameter(1, owner)
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!fingerprint.equals(row[0])) {
      throw new BusinessRuleException("idempotency_key_reused", "problem.idempotencyKeyReused");
    }
    Response.ResponseBuilder answer =
        Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true");
    if (row[2] != null) {
      answer.location(URI.create((String) row[2]));
    }
    if (row[4] != null) {
      answer.entity(entity((String) row[3], (String) row[4])).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return answer.build();
  }

  /**
   * The first answer's object again, so that the API's own JSON writer writes the replay exactly as
   * it wrote the original; the stored JSON text itself if its class cannot be read back.
   */
  private static Object entity(String type, String json) {
    try {
      Class<?> c = Class.forName(type, false, IdempotentCalls.class.getClassLoader());
      return JSONB.fromJson(json, c);
    } catch (ClassNotFoundException | JsonbException e) {
      return json;
    }
  }
}
