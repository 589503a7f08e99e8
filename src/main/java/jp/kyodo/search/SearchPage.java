package jp.kyodo.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * search.xhtml: the results of the header's search box, with filters in the address (a GET form: it
 * works without JavaScript, and every page of results is a link). Request scoped: searching creates
 * no HTTP session.
 */
@Named
@RequestScoped
public class SearchPage {
  @Inject SearchService search;

  private String q;
  private String kind;
  private String status;
  private String policyArea;
  private String area;
  private String district;
  private String from;
  private String to;
  private String sort;
  private String page;
  private SearchResults results;
  private boolean unavailable;

  public void load() {
    try {
      results =
          search.search(
              new SearchService.Params(
                  q, kind, status, policyArea, area, district, null, from, to, sort, page, null));
    } catch (SearchUnavailable e) {
      unavailable = true;
    } catch (KyodoException e) {
      Pages.show("search-filters", e);
    }
  }

  /** What the count line says: how many, at least how many, or that nothing matched. */
  public String getSummary() {
    if (results == null || results.q() == null) {
      return Pages.text(unavailable ? "search.unavailable" : "search.empty");
    }
    if (results.total() == 0) {
      return Pages.text("search.none", Map.of("q", results.q()));
    }
    return Pages.text(
        results.totalExact() ? "search.total" : "search.totalAtLeast",
        Map.of("count", results.total()));
  }

  public List<SearchResults.Result> getItems() {
    return results == null ? List.of() : results.items();
  }

  public boolean isApproximate() {
    return results != null && results.approximate();
  }

  public boolean isHasNext() {
    return results != null
        && results.hasNext()
        && (long) (results.page() + 1) * results.size() <= SearchHits.EXACT_UP_TO;
  }

  public boolean isHasPrevious() {
    return results != null && results.page() > 1;
  }

  public String getPageLabel() {
    return Pages.text("search.page", Map.of("page", getPageNumber()));
  }

  /** The number of the page's first result, for the ordered list. */
  public int getFirstNumber() {
    return results == null ? 1 : (results.page() - 1) * results.size() + 1;
  }

  public int getPageNumber() {
    return results == null ? 1 : results.page();
  }

  public String pageUrl(int number) {
    StringBuilder url = new StringBuilder("search.xhtml?page=").append(number);
    append(url, "q", q);
    append(url, "kind", kind);
    append(url, "status", status);
    append(url, "policyArea", policyArea);
    append(url, "area", area);
    append(url, "district", district);
    append(url, "from", from);
    append(url, "to", to);
    append(url, "sort", sort);
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** Whether any filter or order other than the default was asked for (the filters stay open). */
  public boolean isFiltered() {
    return Stream.of(kind, status, policyArea, area, district, from, to)
            .anyMatch(v -> v != null && !v.isBlank())
        || (sort != null && !sort.isBlank() && !"relevance".equals(sort));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPolicyArea() {
    return policyArea;
  }

  public void setPolicyArea(String policyArea) {
    this.policyArea = policyArea;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
