package jp.kyodo.topic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * staff/topics.xhtml: the topics staff work on, drafts first (the public list never shows drafts),
 * each with its edit page and participation report.
 */
@Named
@RequestScoped
public class StaffTopicsPage {
  private static final int PAGE_SIZE = 50;

  @Inject TopicQueries queries;

  private String status;
  private TopicQueries.TopicListing listing;

  public void load() {
    if (status == null || status.isBlank()) {
      status = TopicStatus.DRAFT.code();
    }
    try {
      listing =
          queries.list(new TopicQueries.Filter(status, null, null, null, "newest", 1, PAGE_SIZE));
    } catch (KyodoException e) {
      Pages.show("filters", e);
      status = TopicStatus.DRAFT.code();
      listing =
          queries.list(new TopicQueries.Filter(status, null, null, null, "newest", 1, PAGE_SIZE));
    }
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
}
