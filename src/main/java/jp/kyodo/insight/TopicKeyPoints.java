package jp.kyodo.insight;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.web.Pages;

/**
 * The 「主な論点」 section of topic.xhtml?id=…: the approved key points with their numbers of visible
 * comments, read in one statement when the page is rendered (the page is kept for readers, and a
 * change to an approved key point tells its cache, see {@link KeyPointEdits}).
 */
@Named
@RequestScoped
public class TopicKeyPoints {
  @Inject KeyPointQueries queries;

  private List<KeyPointQueries.Summary> summaries = List.of();

  @PostConstruct
  void read() {
    Long id = Pages.parseId(Pages.param("id"));
    if (id != null) {
      summaries = queries.summaries(id);
    }
  }

  public List<KeyPointQueries.Summary> getSummaries() {
    return summaries;
  }
}
