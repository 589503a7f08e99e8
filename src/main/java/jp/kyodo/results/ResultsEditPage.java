package jp.kyodo.results;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.insight.KeyPointQueries;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.topic.TopicStatus;

/**
 * staff/results-edit.xhtml?id=…: staff write a closed topic's results document — an introduction,
 * and for each approved key point (with a few of its opinions to read) the summary and the ward's
 * view — then publish it or take it back. Errors show beside the field, with what was typed kept.
 */
@Named
@ViewScoped
public class ResultsEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Opinions shown under each key point to write its summary from, and their length. */
  private static final int EXAMPLES = 3;

  private static final int EXAMPLE_LENGTH = 120;

  private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");

  @Inject transient ResultsService results;
  @Inject transient KeyPointQueries keyPoints;

  private String idParam;
  private ResultsView document;
  private String introduction;
  private List<RowForm> rows = List.of();

  /** One row of the form: what it is about, and the two texts staff write. */
  public static final class RowForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long keyPointId;
    private final String keyPoint;
    private final long opinions;
    private final List<String> examples;
    private String summary;
    private String wardView;

    RowForm(ResultsView.Row row, String keyPoint, List<String> examples) {
      this.keyPointId = row.keyPointId();
      this.keyPoint = keyPoint;
      this.opinions = row.opinions();
      this.examples = List.copyOf(examples);
      this.summary = row.summary();
      this.wardView = row.wardView();
    }

    public Long getKeyPointId() {
      return keyPointId;
    }

    public String getKeyPoint() {
      return keyPoint;
    }

    public long getOpinions() {
      return opinions;
    }

    public List<String> getExamples() {
      return examples;
    }

    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }

    public String getWardView() {
      return wardView;
    }

    public void setWardView(String wardView) {
      this.wardView = wardView;
    }
  }

  public void load() {
    Long id = Pages.parseId(idParam);
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      show(results.read(id));
    } catch (KyodoException e) {
      Pages.sendError(e.status() == 403 || e.status() == 401 ? 403 : 404);
    }
  }

  private void show(ResultsView doc) {
    document = doc;
    introduction = doc.introduction();
    Map<Long, List<KeyPointQueries.Example>> examples =
        keyPoints.examples(doc.topicId(), EXAMPLES, EXAMPLE_LENGTH);
    List<RowForm> forms = new ArrayList<>();
    for (ResultsView.Row r : doc.rows()) {
      List<String> texts =
          r.keyPointId() == null
              ? List.of()
              : examples.getOrDefault(r.keyPointId(), List.of()).stream()
                  .map(KeyPointQueries.Example::excerpt)
                  .toList();
      forms.add(new RowForm(r, ResultsFiles.keyPoint(Pages.locale(), r), texts));
    }
    rows = forms;
  }

  public void save() {
    try {
      List<ResultsRequests.Entry> entries =
          rows.stream()
              .map(r -> new ResultsRequests.Entry(r.keyPointId, r.summary, r.wardView))
              .toList();
      show(
          results.save(
              document.topicId(),
              new ResultsRequests.Edit(document.version(), introduction, entries)));
      Pages.info("results.saved");
    } catch (InvalidInputException e) {
      Pages.show("resultsForm", onTheForm(e));
    } catch (KyodoException e) {
      Pages.show("resultsForm", e);
    }
  }

  public void publish() {
    try {
      show(
          results.publish(document.topicId(), new ResultsRequests.Publication(document.version())));
      Pages.info("results.published");
    } catch (KyodoException e) {
      Pages.show("publicationForm", e);
    }
  }

  public void withdraw() {
    try {
      show(
          results.withdraw(
              document.topicId(), new ResultsRequests.Publication(document.version())));
      Pages.info("results.withdrawn");
    } catch (KyodoException e) {
      Pages.show("publicationForm", e);
    }
  }

  /** entries[2].summary is the field summary_2 of the form. */
  static InvalidInputException onTheForm(InvalidInputException e) {
    return new InvalidInputException(
        e.errors().stream()
            .map(
                f -> {
                  Matcher m = ENTRY_FIELD.matcher(f.field());
                  return m.matches()
                      ? new InvalidInputException.FieldError(
                          m.group(2) + "_" + m.group(1), f.messageKey(), f.args())
                      : f;
                })
            .toList());
  }

  public boolean isClosed() {
    return document != null
        && TopicStatus.fromCode(document.topicStatus()).map(TopicStatus::concluded).orElse(false);
  }

  public ResultsView getDocument() {
    return document;
  }

  public List<RowForm> getRows() {
    return rows;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}
