package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.web.Pages;

/** moderation/queue.xhtml: the cases waiting for a moderator. */
@Named
@RequestScoped
public class QueuePage {
  @Inject CaseQueries queries;

  private String sort;
  private List<CaseQueries.QueueItem> items = List.of();

  @PostConstruct
  void read() {
    sort = "reports".equals(Pages.param("sort")) ? "reports" : "oldest";
    items = queries.queue(sort, 100);
  }

  public String getSort() {
    return sort;
  }

  public List<CaseQueries.QueueItem> getItems() {
    return items;
  }
}
