package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.platform.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public open data (no sign-in): aggregates only, CC BY 4.0. */
@Path("open-data")
@Tag(name = "Open data")
@ApplicationScoped
public class OpenDataResource {
  private static final String LICENSE_LINK = "<" + OpenData.LICENCE_URL + ">; rel=\"license\"";
  private static final String CACHE = "public, max-age=300";

  @Inject OpenDataService openData;

  /** The datasets on offer and their licence. */
  public record Catalogue(OpenData.Licence licence, List<Dataset> datasets) {}

  /** One dataset in its formats. */
  public record Dataset(String id, String title, String csv, String json) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getOpenDataCatalogue",
      summary = "The open datasets and their licence (CC BY 4.0)")
  @APIResponse(
      responseCode = "200",
      description = "The datasets and their licence",
      content = @Content(schema = @Schema(implementation = Catalogue.class)))
  public Response catalogue() {
    OpenData data = openData.participation();
    Catalogue catalogue =
        new Catalogue(
            data.licence(),
            List.of(
                new Dataset(
                    "participation",
                    data.title(),
                    "/api/v1/open-data/participation.csv",
                    "/api/v1/open-data/participation.json")));
    return Response.ok(catalogue)
        .header("Link", LICENSE_LINK)
        .header("Cache-Control", CACHE)
        .build();
  }

  @GET
  @Path("participation.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getParticipationJson",
      summary =
          "Participation by month, area and policy area (JSON, CC BY 4.0); cells with fewer than"
              + " 10 people suppressed")
  @APIResponse(
      responseCode = "200",
      description = "The dataset; Link names the licence",
      content = @Content(schema = @Schema(implementation = OpenData.class)))
  public Response participationJson() {
    return Response.ok(openData.participation())
        .header("Link", LICENSE_LINK)
        .header("Cache-Control", CACHE)
        .build();
  }

  @GET
  @Path("participation.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      operationId = "getParticipationCsv",
      summary =
          "Participation by month, area and policy area (CSV, CC BY 4.0; licence in the Link"
              + " header and at /api/v1/open-data)")
  @APIResponse(
      responseCode = "200",
      description = "The dataset as CSV; Link names the licence",
      content = @Content(mediaType = Csv.MEDIA_TYPE))
  public Response participationCsv() {
    return Response.ok(openData.participationCsv(), Csv.MEDIA_TYPE)
        .header("Link", LICENSE_LINK)
        .header("Cache-Control", CACHE)
        .header("Content-Disposition", "attachment; filename=\"kyodo-participation.csv\"")
        .build();
  }
}
