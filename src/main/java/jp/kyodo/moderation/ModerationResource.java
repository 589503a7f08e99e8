package jp.kyodo.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review queue, decisions, templates, watched words and the public report. */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@ApplicationScoped
public class ModerationResource {
  @Inject CaseQueries queries;
  @Inject DecisionService decisions;
  @Inject DecisionTemplates templates;
  @Inject WatchedWords watchedWords;
  @Inject WordExceptions wordExceptions;
  @Inject TransparencyReport report;

  @GET
  @Path("cases")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Cases awaiting a decision (moderators); sort=oldest|reports")
  public List<CaseQueries.QueueItem> queue(
      @QueryParam("sort") String sort, @QueryParam("limit") String limit) {
    return queries.queue(sort, QueryParams.intOr("limit", limit, 50));
  }

  @GET
  @Path("cases/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "A case with its item, context, reports, history and the author's record")
  public CaseQueries.CaseDetail detail(@PathParam("id") long id) {
    return queries.detail(id);
  }

  @POST
  @Path("cases/{id: [0-9]+}/decisions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Decide a case (moderators): hide, dismiss, restore, approve or reject, with a template;"
              + " 409 when the case changed since the given version")
  public CaseQueries.CaseSummary decide(
      @PathParam("id") long id, ModerationRequests.Decide request) {
    return decisions.decide(id, request);
  }

  @POST
  @Path("cases/{id: [0-9]+}/review-request")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The author asks once for a review of a hidden or rejected item")
  public CaseQueries.CaseSummary requestReview(
      @PathParam("id") long id, ModerationRequests.ReviewRequest request) {
    return decisions.requestReview(id, request);
  }

  @GET
  @Path("my-cases")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "My items that moderation hid, holds or rejected")
  public List<CaseQueries.MyCase> mine() {
    return queries.mine();
  }

  @GET
  @Path("templates")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Decision templates (moderators and administrators)")
  public List<DecisionTemplate.View> templates(@QueryParam("all") boolean all) {
    return templates.list(all);
  }

  @POST
  @Idempotent
  @Path("templates")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Add a decision template (administrators)")
  public Response addTemplate(ModerationRequests.Template request) {
    return Response.status(Response.Status.CREATED).entity(templates.create(request)).build();
  }

  @PUT
  @Path("templates/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Change or deactivate a decision template (administrators)")
  public DecisionTemplate.View updateTemplate(
      @PathParam("id") long id, ModerationRequests.Template request) {
    return templates.update(id, request);
  }

  @GET
  @Path("watched-words")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Watched words (administrators)")
  public List<WatchedWord.View> watchedWords() {
    return watchedWords.list();
  }

  @POST
  @Idempotent
  @Path("watched-words")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Watch a word: block, hold or flag; match it anywhere (part, the default) or as whole"
              + " words (word) (administrators)")
  public Response addWatchedWord(ModerationRequests.WatchedWord request) {
    return Response.status(Response.Status.CREATED).entity(watchedWords.add(request)).build();
  }

  @PUT
  @Path("watched-words/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Change a watched word's action and match mode (administrators); 409 when it changed"
              + " since the given version")
  public WatchedWord.View changeWatchedWord(
      @PathParam("id") long id, ModerationRequests.WatchedWordChange request) {
    return watchedWords.change(id, request);
  }

  @GET
  @Path("watched-words/exceptions")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Exception phrases of the watched words (administrators)")
  public List<WatchedWordException.View> wordExceptions() {
    return wordExceptions.list();
  }

  @POST
  @Idempotent
  @Path("watched-words/exceptions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Add a phrase that contains a watched word but is fine (ばかり for バカ), for one word"
              + " (wordId) or every word (administrators)")
  public Response addWordException(ModerationRequests.WordException request) {
    return Response.status(Response.Status.CREATED).entity(wordExceptions.add(request)).build();
  }

  @DELETE
  @Path("watched-words/exceptions/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Remove an exception phrase (administrators)")
  public Response removeWordException(@PathParam("id") long id) {
    wordExceptions.remove(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("watched-words/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Stop watching a word (administrators)")
  public Response removeWatchedWord(@PathParam("id") long id) {
    watchedWords.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("report")
  @Operation(summary = "Public moderation report: per month and reason, numbers only")
  public List<TransparencyReport.Month> report(@QueryParam("months") String months) {
    int n = QueryParams.intOr("months", months, 12);
    return report.months(Math.max(1, Math.min(n, 120)));
  }
}
