package jp.kyodo.search;

import java.util.List;

/**
 * A page of matches from a back end, best first: their keys only (what they say is read from the
 * database when shown). {@code total} is exact up to {@link #EXACT_UP_TO}; beyond, {@code exact} is
 * false and it is a lower bound. {@code approximate}: nothing matched as typed, these match a
 * spelling one letter away (三件茶屋 → 三軒茶屋).
 */
public record SearchHits(List<Hit> hits, long total, boolean exact, boolean approximate) {
  public static final int EXACT_UP_TO = 1000;

  public SearchHits {
    hits = List.copyOf(hits);
  }

  /** One match. */
  public record Hit(SearchDocument.Kind kind, long id) {}
}
