package jp.kyodo.insight;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * staff/key-points.xhtml?topic=…[&amp;edit=…]: curators extract candidate key points, approve or
 * reject them, and edit, merge, add or delete one. Request scoped: every form carries the topic and
 * the key point it acts on (with the version read) as hidden fields.
 */
@Named
@RequestScoped
public class KeyPointsPage {
  private static final String PATH = "/staff/key-points.xhtml?topic=";

  @Inject TopicQueries topics;
  @Inject KeyPointQueries queries;
  @Inject KeyPointService service;
  @Inject KeyPointEdits edits;

  private Long topicId;
  private TopicView topic;
  private List<KeyPointView> keyPoints = List.of();
  private Map<Long, List<KeyPointQueries.Example>> examples = Map.of();
  private KeyPointView editing;
  private String label;
  private String status;
  private String sortOrder;
  private String addComments;
  private String removeComments;
  private String mergeFrom;
  private String newLabel;
  private String newComments;

  @PostConstruct
  void read() {
    topicId = Pages.parseId(Pages.param("topic"));
    if (topicId == null) {
      return;
    }
    try {
      topic = topics.view(topicId);
      keyPoints = queries.list(topicId);
      examples = queries.examples(topicId, 2, 60);
    } catch (ResourceNotFoundException e) {
      topic = null;
      return;
    }
    Long edit = Pages.parseId(Pages.param("edit"));
    editing =
        keyPoints.stream().filter(k -> edit != null && k.id() == edit).findFirst().orElse(null);
    if (editing != null) {
      label = editing.label();
      status = editing.status();
      sortOrder = editing.sortOrder() == null ? null : String.valueOf(editing.sortOrder());
    }
  }

  /** 404 for a missing or unknown topic (and an edit of a key point not of it). */
  public void load() {
    if (topic == null || (Pages.param("edit") != null && editing == null)) {
      Pages.notFound();
    }
  }

  public void extract() {
    try {
      long found =
          service.extract(topicId).stream()
              .filter(k -> "candidate".equals(k.status()) && !Boolean.TRUE.equals(k.edited()))
              .count();
      Pages.keepMessages();
      Pages.info("keyPoints.extracted", Map.of("count", found));
      Pages.redirect(PATH + topicId);
    } catch (KyodoException e) {
      Pages.show("extractForm", e);
    }
  }

  public void approve() {
    decide("approved");
  }

  public void reject() {
    decide("rejected");
  }

  public void reopen() {
    decide("candidate");
  }

  /** A row's quick decision: its form carries the key point and the version shown. */
  private void decide(String to) {
    Long id = Pages.parseId(Pages.param("keyPoint"));
    Long version = Pages.parseId(Pages.param("version"));
    if (id == null) {
      Pages.redirect(PATH + topicId);
      return;
    }
    try {
      edits.edit(id, new KeyPointRequests.Edit(version, null, to, null, null, null));
      Pages.done("keyPoints.saved", PATH + topicId);
    } catch (KyodoException e) {
      Pages.show("extractForm", e);
    }
  }

  /** The edit form: label, status, order, comments to add and remove. */
  public void save() {
    try {
      edits.edit(
          editing.id(),
          new KeyPointRequests.Edit(
              Pages.parseId(Pages.param("version")),
              label == null ? "" : label, // the form always has one: emptied is a missing label
              status,
              order(sortOrder),
              ids("addCommentIds", addComments),
              ids("removeCommentIds", removeComments)));
      Pages.done("keyPoints.saved", PATH + topicId + "&edit=" + editing.id() + "#edit");
    } catch (KyodoException e) {
      Pages.show("editForm", e);
    }
  }

  public void merge() {
    try {
      Long from = Pages.parseId(mergeFrom);
      if (from == null) {
        throw InvalidInputException.of("from", "validation.required");
      }
      KeyPointView other = keyPoints.stream().filter(k -> k.id() == from).findFirst().orElse(null);
      edits.merge(
          editing.id(),
          new KeyPointRequests.Merge(
              from, Pages.parseId(Pages.param("version")), other == null ? null : other.version()));
      Pages.done("keyPoints.merged", PATH + topicId + "&edit=" + editing.id() + "#edit");
    } catch (KyodoException e) {
      Pages.show("mergeForm", e);
    }
  }

  public void delete() {
    try {
      service.delete(editing.id());
      Pages.done("keyPoints.deleted", PATH + topicId);
    } catch (KyodoException e) {
      Pages.show("deleteForm", e);
    }
  }

  public void create() {
    try {
      KeyPointView created =
          service.create(
              topicId, new KeyPointRequests.NewKeyPoint(newLabel, ids("commentIds", newComments)));
      Pages.done("keyPoints.created", PATH + topicId + "&edit=" + created.id() + "#edit");
    } catch (KyodoException e) {
      Pages.show("createForm", e);
    }
  }

  /** Comment numbers as typed: separated by commas, spaces or 、; anything else is a 400. */
  static List<Long> ids(String field, String typed) {
    List<Long> out = new ArrayList<>();
    if (typed == null) {
      return out;
    }
    for (String part : typed.strip().split("[\\s,、，]+")) {
      if (part.isEmpty()) {
        continue;
      }
      Long id = Pages.parseId(java.text.Normalizer.normalize(part, java.text.Normalizer.Form.NFKC));
      if (id == null) {
        throw InvalidInputException.of(field, "validation.keyPoint.commentIds");
      }
      out.add(id);
    }
    return out;
  }

  private static Integer order(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String n = java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFKC);
    if (!n.matches("[0-9]{1,4}")) {
      throw InvalidInputException.of(
          "sortOrder", "validation.range", Map.of("min", 0, "max", KeyPointEdits.SORT_MAX));
    }
    return Integer.valueOf(n);
  }

  /** The other key points of the topic, to merge into the one edited. */
  public List<KeyPointView> getMergeChoices() {
    return editing == null
        ? List.of()
        : keyPoints.stream().filter(k -> k.id() != editing.id()).toList();
  }

  public List<KeyPointQueries.Example> examplesOf(long keyPointId) {
    return examples.getOrDefault(keyPointId, List.of());
  }

  public TopicView getTopic() {
    return topic;
  }

  public List<KeyPointView> getKeyPoints() {
    return keyPoints;
  }

  public KeyPointView getEditing() {
    return editing;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(String sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getAddComments() {
    return addComments;
  }

  public void setAddComments(String addComments) {
    this.addComments = addComments;
  }

  public String getRemoveComments() {
    return removeComments;
  }

  public void setRemoveComments(String removeComments) {
    this.removeComments = removeComments;
  }

  public String getMergeFrom() {
    return mergeFrom;
  }

  public void setMergeFrom(String mergeFrom) {
    this.mergeFrom = mergeFrom;
  }

  public String getNewLabel() {
    return newLabel;
  }

  public void setNewLabel(String newLabel) {
    this.newLabel = newLabel;
  }

  public String getNewComments() {
    return newComments;
  }

  public void setNewComments(String newComments) {
    this.newComments = newComments;
  }
}
