package jp.kyodo.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * open-data.xhtml: the public datasets, their licence and their columns, with the download links
 * (the files themselves are the API's, which needs no sign-in).
 */
@Named
@RequestScoped
public class OpenDataPage {
  @Inject OpenDataService openData;

  private OpenData participation;

  public OpenData getParticipation() {
    if (participation == null) {
      participation = openData.participation();
    }
    return participation;
  }

  /** The most recent rows, for a look before downloading (suppressed cells stay empty). */
  public List<OpenData.Row> getLatestRows() {
    List<OpenData.Row> rows = getParticipation().rows();
    return rows.subList(Math.max(0, rows.size() - 10), rows.size());
  }
}
