package jp.kyodo.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.reference.ReferenceData;

/**
 * topics.xhtml: the topic list with filters in the address, so every view is a link. Request
 * scoped: reading the list creates no HTTP session.
 */
@Named
@RequestScoped
public class TopicsPage {
  @Inject TopicQueries queries;
  @Inject PolicyAreas policyAreas;
  @Inject ReferenceData reference;

  private String status;
  private String policyArea;
  private String area;
  private String district;
  private String sort;
  private String page;
  private TopicQueries.TopicListing listing;

  public void load() {
    Long pageNumber = page == null ? Long.valueOf(1) : Pages.parseId(page);
    try {
      listing =
          queries.list(
              new TopicQueries.Filter(
                  blankToNull(status),
                  blankToNull(policyArea),
                  blankToNull(area),
                  blankToNull(district),
                  blankToNull(sort),
                  pageNumber == null ? 0 : pageNumber.intValue(),
                  20));
    } catch (KyodoException e) {
      Pages.show("filters", e);
      listing = queries.list(new TopicQueries.Filter(null, null, null, null, null, 1, 20));
    }
  }

  public List<SelectItem> getPolicyAreas() {
    Locale locale = Pages.locale();
    List<SelectItem> items = new ArrayList<>();
    policyAreas.active().forEach(a -> items.add(new SelectItem(a.code(), a.name(locale))));
    return items;
  }

  public List<SelectItem> getAreas() {
    Locale locale = Pages.locale();
    List<SelectItem> items = new ArrayList<>();
    reference.get().areas().forEach(a -> items.add(new SelectItem(a.code(), a.label(locale))));
    return items;
  }

  /** The districts, grouped by area, for the district filter. */
  public List<DistrictGroup> getDistrictGroups() {
    Locale locale = Pages.locale();
    var snapshot = reference.get();
    return snapshot.areas().stream()
        .map(
            a ->
                new DistrictGroup(
                    a.label(locale),
                    snapshot.districts().stream()
                        .filter(d -> d.areaCode().equals(a.code()))
                        .map(d -> new SelectItem(d.code(), d.label(locale)))
                        .toList()))
        .toList();
  }

  public record DistrictGroup(String label, List<SelectItem> districts) {}

  public String pageUrl(int number) {
    StringBuilder url = new StringBuilder("topics.xhtml?page=").append(number);
    append(url, "status", status);
    append(url, "policyArea", policyArea);
    append(url, "area", area);
    append(url, "district", district);
    append(url, "sort", sort);
    return url.toString();
  }

  public boolean isHasNext() {
    return listing != null && (long) listing.page() * listing.size() < listing.total();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public TopicQueries.TopicListing getListing() {
    return listing;
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
