package jp.kyodo.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
@ApplicationScoped
public class SearchResource {
  @Inject SearchService search;

  @GET
  @Operation(
      operationId = "search",
      summary =
          "Search public topics (title, body, the ward's answer) and comments, in Japanese:"
              + " words separated by spaces must all be found, \"quoted phrases\" as typed;"
              + " width, case and katakana/hiragana do not matter. Filters: kind (topic |"
              + " comment), status, policyArea, area, district (a place's own topics and the"
              + " ward-wide ones), topic, from / to (YYYY-MM-DD, by when it appeared); sort"
              + " relevance | newest; page, size (≤ 50; at most the first 1,000 results)."
              + " snippetHtml is escaped text with the matches in <mark>; no q: no results")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @APIResponse(
      responseCode = "503",
      description = "`search_unavailable`: this node is building its index for the first time")
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("policyArea") String policyArea,
      @QueryParam("area") String area,
      @QueryParam("district") String district,
      @QueryParam("topic") String topic,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return search.search(
        new SearchService.Params(
            q, kind, status, policyArea, area, district, topic, from, to, sort, page, size));
  }
}
