package jp.kyodo.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The results document as a file: .csv or .xlsx (a path of its own beside the JSON). */
@Path("topics/{id: [0-9]+}/results-document.{format: csv|xlsx}")
@Tag(name = "Topics")
@ApplicationScoped
public class ResultsFilesResource {
  @Inject ResultsService results;

  @GET
  @Produces({Csv.MEDIA_TYPE, ResultsFiles.XLSX})
  @Operation(
      operationId = "getResultsDocumentFile",
      summary =
          "The results document as CSV (a section column, then the figures by channel and each"
              + " key point's summary and the ward's view) or as an Excel workbook (.xlsx), in"
              + " the Accept-Language (Japanese by default)")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @APIResponse(
      responseCode = "200",
      description = "The file (CSV: UTF-8 with a byte-order mark, header row, CRLF)",
      content = {@Content(mediaType = Csv.MEDIA_TYPE), @Content(mediaType = ResultsFiles.XLSX)})
  @APIResponse(
      responseCode = "404",
      description = "No such topic, or its results document is not published")
  public Response file(
      @PathParam("id") long id, @PathParam("format") String format, @Context HttpHeaders headers) {
    Locale locale = ApiLocale.of(headers);
    ResultsView doc = results.read(id);
    boolean csv = "csv".equals(format);
    return Response.ok(
            csv ? ResultsFiles.csv(doc, locale) : ResultsFiles.xlsx(doc, locale),
            csv ? Csv.MEDIA_TYPE : ResultsFiles.XLSX)
        .header("Content-Disposition", ResultsFiles.attachment(id, format))
        .build();
  }
}
