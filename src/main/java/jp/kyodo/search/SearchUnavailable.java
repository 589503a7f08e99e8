package jp.kyodo.search;

import jp.kyodo.platform.ServiceUnavailableException;

/** 503: this node's index is being built for the first time; try again shortly. */
public class SearchUnavailable extends ServiceUnavailableException {
  public SearchUnavailable() {
    super("search_unavailable", "problem.search.unavailable");
  }
}
