package jp.kyodo.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodo.audit.AuditLog;
import jp.kyodo.security.Actor;
import jp.kyodo.security.CurrentActor;
import jp.kyodo.security.ForumPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index of the node that answers (each node has its own). */
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class SearchIndexResource {
  @Inject SearchBackend backend;
  @Inject CurrentActor currentActor;
  @Inject ForumPolicy policy;
  @Inject AuditLog auditLog;

  @GET
  @Operation(
      operationId = "searchIndexStatus",
      summary =
          "This node's search index (administrators): ready | rebuilding | missing, documents,"
              + " the outbox sequence applied, a rebuild's progress and the last one's duration")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public IndexStatus status() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageSearchIndex(actor), actor);
    return backend.status();
  }

  @POST
  @Path("rebuild")
  @Operation(
      operationId = "rebuildSearchIndex",
      summary =
          "Rebuild this node's search index from the database (administrators); searches answer"
              + " from the old index meanwhile. Follow the progress in the status")
  @APIResponse(
      responseCode = "202",
      description = "Accepted: the rebuild starts within a second",
      content = @Content(schema = @Schema(implementation = IndexStatus.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @Transactional
  public Response rebuild() {
    Actor actor = currentActor.get();
    policy.require(policy.canManageSearchIndex(actor), actor);
    backend.requestRebuild("an administrator asked for it");
    auditLog.record(actor, "search_index.rebuild", "search_index", null, null, null);
    return Response.accepted(backend.status()).build();
  }
}
