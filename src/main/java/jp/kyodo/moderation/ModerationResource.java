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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
  @Operation(
      operationId = "listModerationCases",
      summary = "Cases awaiting a decision (moderators); sort=oldest|reports")
  @APIResponse(responseCode = "403", description = "Signed in, but not a moderator")
  public List<CaseQueries.QueueItem> queue(
      @QueryParam("sort") String sort, @QueryParam("limit") String limit) {
    return queries.queue(sort, QueryParams.intOr("limit", limit, 50));
  }

  @GET
  @Path("cases/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getModerationCase",
      summary = "A case with its item, context, reports, history and the author's record")
  @APIResponse(responseCode = "403", description = "Signed in, but not a moderator")
  public CaseQueries.CaseDetail detail(@PathParam("id") long id) {
    return queries.detail(id);
  }

  @POST
  @Path("cases/{id: [0-9]+}/decisions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "decideModerationCase",
      summary =
          "Decide a case (moderators): hide, dismiss, restore, approve or reject, with a template;"
              + " 409 when the case changed since the given version")
  @APIResponse(responseCode = "403", description = "Signed in, but not a moderator")
  @APIResponse(
      responseCode = "409",
      description =
          "`stale_version`: the case changed since the given version; `case_state`: the decision does not apply to the case's state")
  public CaseQueries.CaseSummary decide(
      @PathParam("id") long id, ModerationRequests.Decide request) {
    return decisions.decide(id, request);
  }

  @POST
  @Path("cases/{id: [0-9]+}/review-request")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "requestModerationReview",
      summary = "The author asks once for a review of a hidden or rejected item")
  @APIResponse(
      responseCode = "409",
      description = "`review_already_requested`: a review was already asked for")
  @APIResponse(
      responseCode = "422",
      description = "`review_not_possible`: only a hidden or rejected item can be reviewed")
  public CaseQueries.CaseSummary requestReview(
      @PathParam("id") long id, ModerationRequests.ReviewRequest request) {
    return decisions.requestReview(id, request);
  }

  @GET
  @Path("my-cases")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listMyModerationCases",
      summary = "My items that moderation hid, holds or rejected")
  public List<CaseQueries.MyCase> mine() {
    return queries.mine();
  }

  @GET
  @Path("templates")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listDecisionTemplates",
      summary = "Decision templates (moderators and administrators)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither a moderator nor an administrator")
  public List<DecisionTemplate.View> templates(@QueryParam("all") boolean all) {
    return templates.list(all);
  }

  @POST
  @Idempotent
  @Path("templates")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createDecisionTemplate",
      summary = "Add a decision template (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = DecisionTemplate.View.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public Response addTemplate(ModerationRequests.Template request) {
    return Response.status(Response.Status.CREATED).entity(templates.create(request)).build();
  }

  @PUT
  @Path("templates/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateDecisionTemplate",
      summary = "Change or deactivate a decision template (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public DecisionTemplate.View updateTemplate(
      @PathParam("id") long id, ModerationRequests.Template request) {
    return templates.update(id, request);
  }

  @GET
  @Path("watched-words")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "listWatchedWords", summary = "Watched words (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public List<WatchedWord.View> watchedWords() {
    return watchedWords.list();
  }

  @POST
  @Idempotent
  @Path("watched-words")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "addWatchedWord",
      summary =
          "Watch a word: block, hold or flag; match it anywhere (part, the default) or as whole"
              + " words (word) (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Watched from now on",
      content = @Content(schema = @Schema(implementation = WatchedWord.View.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @APIResponse(responseCode = "409", description = "`duplicate_word`: the word is already watched")
  public Response addWatchedWord(ModerationRequests.WatchedWord request) {
    return Response.status(Response.Status.CREATED).entity(watchedWords.add(request)).build();
  }

  @PUT
  @Path("watched-words/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "changeWatchedWord",
      summary = "Change a watched word's action and match mode, part or word (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @APIResponse(
      responseCode = "409",
      description = "`stale_version`: the word changed since the version sent")
  public WatchedWord.View changeWatchedWord(
      @PathParam("id") long id, ModerationRequests.WatchedWordChange request) {
    return watchedWords.change(id, request);
  }

  @GET
  @Path("watched-words/exceptions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listWordExceptions",
      summary = "Exception phrases of the watched words (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public List<WatchedWordException.View> wordExceptions() {
    return wordExceptions.list();
  }

  @POST
  @Idempotent
  @Path("watched-words/exceptions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "addWordException",
      summary =
          "Add a phrase that contains a watched word but is fine (ばかり for バカ), for one word"
              + " (wordId) or every word (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "A watched word inside the phrase no longer counts",
      content = @Content(schema = @Schema(implementation = WatchedWordException.View.class)))
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  @APIResponse(
      responseCode = "409",
      description = "`duplicate_exception`: the phrase is already an exception for that word")
  public Response addWordException(ModerationRequests.WordException request) {
    return Response.status(Response.Status.CREATED).entity(wordExceptions.add(request)).build();
  }

  @DELETE
  @Path("watched-words/exceptions/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "removeWordException",
      summary = "Remove an exception phrase (administrators)")
  @APIResponse(responseCode = "204", description = "No longer an exception")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public Response removeWordException(@PathParam("id") long id) {
    wordExceptions.remove(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("watched-words/{id: [0-9]+}")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "removeWatchedWord", summary = "Stop watching a word (administrators)")
  @APIResponse(responseCode = "204", description = "No longer watched")
  @APIResponse(responseCode = "403", description = "Signed in, but not an administrator")
  public Response removeWatchedWord(@PathParam("id") long id) {
    watchedWords.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("report")
  @Operation(
      operationId = "getModerationReport",
      summary = "Public moderation report: per month and reason, numbers only")
  public List<TransparencyReport.Month> report(@QueryParam("months") String months) {
    int n = QueryParams.intOr("months", months, 12);
    return report.months(Math.max(1, Math.min(n, 120)));
  }
}
