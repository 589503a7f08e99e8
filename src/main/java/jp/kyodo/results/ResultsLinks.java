package jp.kyodo.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether a topic page links to its results document: only once published. Read by the topic page
 * when it is rendered (kept pages are rendered again when the document is published or withdrawn).
 */
@Named
@ApplicationScoped
public class ResultsLinks {
  @Inject ResultsService results;

  public boolean published(long topicId) {
    return results.isPublished(topicId);
  }
}
