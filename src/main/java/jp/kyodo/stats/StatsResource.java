package jp.kyodo.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.ApiLocale;
import jp.kyodo.platform.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class StatsResource {
  @Inject StatsService stats;
  @Inject TopicReportService topicReports;

  /** The days a snapshot run wrote. */
  public record SnapshotRun(List<LocalDate> written) {}

  @GET
  @Path("dashboard")
  @Operation(
      operationId = "getStatisticsDashboard",
      summary =
          "The KPI, its history and forecast, and every statistics table for a date range"
              + " (administrators); from/to are ISO dates, period is day, week or month")
  @APIResponse(responseCode = "403", description = "Signed in, but may not read statistics")
  public Dashboard dashboard(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("period") String period,
      @Context HttpHeaders headers) {
    return stats.dashboard(stats.range(from, to, period), ApiLocale.of(headers));
  }

  @GET
  @Path("tables/{id}")
  @Operation(
      operationId = "getStatisticsTable",
      summary = "One statistics table, complete (administrators)")
  @APIResponse(responseCode = "403", description = "Signed in, but may not read statistics")
  @APIResponse(responseCode = "404", description = "No statistics table has this id")
  public StatTable table(
      @PathParam("id") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("period") String period,
      @Context HttpHeaders headers) {
    return stats.table(id, stats.range(from, to, period), ApiLocale.of(headers));
  }

  @GET
  @Path("tables/{id}.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      operationId = "getStatisticsTableCsv",
      summary =
          "One statistics table as CSV headed in the Accept-Language (Japanese by default);"
              + " suppressed cells are empty (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The table as CSV (UTF-8 with a byte-order mark, header row, CRLF)",
      content = @Content(mediaType = Csv.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Signed in, but may not read statistics")
  @APIResponse(responseCode = "404", description = "No statistics table has this id")
  public Response tableCsv(
      @PathParam("id") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("period") String period,
      @Context HttpHeaders headers) {
    StatsRange range = stats.range(from, to, period);
    Locale locale = ApiLocale.of(headers);
    StatTable table = stats.table(id, range, locale);
    return csv(CsvExport.of(table, locale), id + "_" + range.from() + "_" + range.to() + ".csv");
  }

  @POST
  @Path("snapshots/run")
  @Operation(
      operationId = "runStatisticsSnapshots",
      summary =
          "Write every missing daily snapshot now (administrators); the scheduler does this"
              + " hourly and at start-up")
  @APIResponse(responseCode = "403", description = "Signed in, but may not read statistics")
  public SnapshotRun runSnapshots() {
    return new SnapshotRun(stats.runSnapshots());
  }

  @GET
  @Path("topics/{id}")
  @Operation(
      operationId = "getTopicParticipationReport",
      summary = "A topic's participation report (staff and administrators)")
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  public TopicReport topicReport(@PathParam("id") long id, @Context HttpHeaders headers) {
    return topicReports.report(id, ApiLocale.of(headers));
  }

  @GET
  @Path("topics/{id}/comments.csv")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      operationId = "getTopicCommentsCsv",
      summary =
          "A topic's comments without their authors, as CSV headed in the Accept-Language"
              + " (Japanese by default) (staff and administrators)")
  @APIResponse(
      responseCode = "200",
      description = "The comments as CSV (UTF-8 with a byte-order mark, header row, CRLF)",
      content = @Content(mediaType = Csv.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "Signed in, but neither staff nor an administrator")
  public Response topicComments(@PathParam("id") long id, @Context HttpHeaders headers) {
    return csv(
        topicReports.anonymisedCommentsCsv(id, ApiLocale.of(headers)),
        "topic-" + id + "-comments.csv");
  }

  static Response csv(String body, String filename) {
    return Response.ok(body, Csv.MEDIA_TYPE)
        .header("Content-Disposition", Csv.attachment(filename))
        .build();
  }
}
