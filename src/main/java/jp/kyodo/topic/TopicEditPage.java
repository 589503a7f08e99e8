package jp.kyodo.topic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.WardTime;
import jp.kyodo.platform.web.Pages;

/** staff/topic-edit.xhtml[?id=…]: staff write a topic, move it along, publish the ward's answer. */
@Named
@ViewScoped
public class TopicEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TopicService service;
  @Inject transient TopicQueries queries;
  @Inject transient OfficialResponses responses;

  private String idParam;
  private TopicView topic;
  private String title;
  private String body;
  private String policyArea;
  private String scopeArea;
  private String scopeDistrict;
  private String department;
  private String opensAt;
  private String closesAt;
  private String responseStatus;
  private String responseBody;

  /** No id: a new topic. An id that names no topic staff can see (0, abc, 999…) is a 404. */
  public void load() {
    Long id = Pages.parseId(idParam);
    if (id == null && idParam != null && !idParam.isBlank()) {
      throw new ResourceNotFoundException("topic");
    }
    if (id == null) {
      LocalDateTime now = LocalDateTime.now(WardTime.ZONE).truncatedTo(ChronoUnit.HOURS);
      opensAt = now.toString();
      closesAt = now.plusDays(30).toString();
      return;
    }
    show(queries.view(id));
  }

  private void show(TopicView t) {
    topic = t;
    title = t.title();
    body = t.bodyMarkdown();
    policyArea = t.policyArea();
    scopeArea = t.scopeArea();
    scopeDistrict = t.scopeDistrict();
    department = t.department();
    opensAt = local(t.opensAt());
    closesAt = local(t.closesAt());
  }

  public void save() {
    try {
      TopicContent content =
          new TopicContent(
              title,
              body,
              policyArea,
              scopeArea,
              scopeDistrict,
              department,
              time("opensAt", opensAt),
              time("closesAt", closesAt),
              topic == null ? null : topic.version());
      TopicView saved =
          topic == null ? service.create(content) : service.revise(topic.id(), content);
      Pages.info("topicEdit.saved");
      Pages.keepMessages();
      Pages.redirect("/staff/topic-edit.xhtml?id=" + saved.id());
    } catch (KyodoException e) {
      Pages.show("topicForm", e);
    }
  }

  public void advance(String step) {
    try {
      show(service.advance(topic.id(), TopicService.Step.valueOf(step)));
      Pages.info("topicEdit.advanced");
    } catch (KyodoException e) {
      Pages.show("lifecycleForm", e);
    }
  }

  public void respond() {
    try {
      responses.publish(
          topic.id(), new OfficialResponses.Publication(responseStatus, responseBody));
      show(queries.view(topic.id()));
      responseBody = null;
      Pages.info("topicEdit.responded");
    } catch (KyodoException e) {
      Pages.show("responseForm", e);
    }
  }

  private static OffsetDateTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).atZone(WardTime.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "validation.datetime");
    }
  }

  private static String local(OffsetDateTime t) {
    return t.atZoneSameInstant(WardTime.ZONE)
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  public TopicView getTopic() {
    return topic;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getPolicyArea() {
    return policyArea;
  }

  public void setPolicyArea(String policyArea) {
    this.policyArea = policyArea;
  }

  public String getScopeArea() {
    return scopeArea;
  }

  public void setScopeArea(String scopeArea) {
    this.scopeArea = scopeArea;
  }

  public String getScopeDistrict() {
    return scopeDistrict;
  }

  public void setScopeDistrict(String scopeDistrict) {
    this.scopeDistrict = scopeDistrict;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(String closesAt) {
    this.closesAt = closesAt;
  }

  public String getResponseStatus() {
    return responseStatus;
  }

  public void setResponseStatus(String responseStatus) {
    this.responseStatus = responseStatus;
  }

  public String getResponseBody() {
    return responseBody;
  }

  public void setResponseBody(String responseBody) {
    this.responseBody = responseBody;
  }
}
