package jp.kyodo.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import jp.kyodo.comment.CommentView;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.CsvUpload;
import jp.kyodo.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Opinions received outside the web (on paper, by post, by phone, at a workshop or a counter),
 * entered by staff on the person's behalf: one at a time, listed with their provenance, or imported
 * from a department's CSV.
 */
@Path("topics/{topicId: [0-9]+}/proxy-opinions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@ApplicationScoped
public class ProxyEntryResource {
  @Inject ProxyEntryService service;
  @Inject ProxyEntryQueries queries;
  @Inject ProxyImportService imports;

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "enterProxyOpinion",
      summary =
          "Enter an opinion received on paper, by post, by phone, at a workshop or a counter on"
              + " the person's behalf (staff, administrators)")
  @APIResponse(
      responseCode = "201",
      description =
          "Entered, counted in the topic's totals and shown with its provenance (or held for"
              + " moderation: see `status`)",
      content = @Content(schema = @Schema(implementation = CommentView.class)))
  @APIResponse(responseCode = "403", description = "Not ward staff or an administrator")
  @APIResponse(
      responseCode = "422",
      description =
          "`topic_not_published` or `topic_archived`: the topic takes no opinions on anyone's"
              + " behalf")
  public Response enter(@PathParam("topicId") long topicId, ProxyRequests.NewEntry request) {
    CommentView created = service.enter(topicId, request);
    return Response.created(URI.create("comments/" + created.id())).entity(created).build();
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listProxyOpinions",
      summary = "A topic's opinions entered on someone's behalf, with where each came from")
  public ProxyEntryQueries.ProxyEntryPage list(
      @PathParam("topicId") long topicId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return queries.list(topicId, after, limit);
  }

  @POST
  @Path("import")
  @Idempotent
  // any declared type: who may import is decided before what was sent (the service's 415)
  @Consumes({CsvUpload.MEDIA_TYPE, MediaType.WILDCARD})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "importProxyOpinions",
      summary =
          "Import a CSV of opinions received outside the web (dryRun=true, the default: only"
              + " check); all rows or none; rows imported before are skipped")
  @APIResponse(
      responseCode = "200",
      description = "What was (or, on a dry run, would be) added; a dry run lists the row errors",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(responseCode = "403", description = "Not ward staff or an administrator")
  @APIResponse(
      responseCode = "413",
      description = "`payload_too_large`: the file is larger than 2 MiB")
  @APIResponse(
      responseCode = "415",
      description = "`http_415`: the body is declared as something else than a CSV file")
  @APIResponse(
      responseCode = "422",
      description =
          "`import_rejected`: some rows have errors (each named in `errors` as"
              + " `rows[<row>].<field>`), nothing was added; `import_too_many_rows`: more than"
              + " 5,000 rows; `topic_not_published`, `topic_archived`")
  public Response importCsv(
      @PathParam("topicId") long topicId,
      @QueryParam("dryRun") String dryRun,
      CsvUpload file,
      @Context HttpHeaders headers) {
    boolean dry =
        dryRun == null || dryRun.isBlank() || QueryParams.optionalBoolean("dryRun", dryRun);
    byte[] bytes = file == null ? new byte[0] : file.bytes();
    boolean csv = CsvUpload.isCsv(headers.getMediaType());
    return Response.ok(imports.run(topicId, bytes, csv, dry, ApiLocale.of(headers))).build();
  }
}
