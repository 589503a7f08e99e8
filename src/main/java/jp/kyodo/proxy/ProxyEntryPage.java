package jp.kyodo.proxy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.comment.CommentView;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.WardTime;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.topic.ReceivingDays;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * staff/proxy-entry.xhtml?topic=…: staff type in one opinion received on paper, by post, by phone,
 * at a workshop or a counter. After it is saved the page comes back ready for the next sheet (the
 * channel, day and place kept), says so, and links to the opinion in the thread.
 */
@Named
@ViewScoped
public class ProxyEntryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ProxyEntryService service;
  @Inject transient TopicQueries topics;

  private String topicParam;
  private String enteredParam;
  private TopicView topic;
  private Long entered;
  private String channel = CommentChannel.PAPER.code();
  private String receivedOn;
  private String place;
  private String body;
  private String ageBand;
  private String areaCode;
  private String districtCode;
  private String relation;
  private String participant;

  /** An address without a topic staff can see (none, 0, abc, 999…) is a 404. */
  public void load() {
    Long id = Pages.parseId(topicParam);
    if (id == null) {
      throw new ResourceNotFoundException("topic");
    }
    topic = topics.view(id);
    entered = Pages.parseId(enteredParam);
  }

  public void enter() {
    try {
      boolean email = participant != null && participant.contains("@");
      CommentView created =
          service.enter(
              topic.id(),
              new ProxyRequests.NewEntry(
                  channel,
                  receivedOn,
                  place,
                  body,
                  ageBand,
                  areaCode,
                  districtCode,
                  relation,
                  email ? null : participantId(),
                  email ? participant : null));
      Pages.keepMessages();
      if (created.held()) {
        Pages.info(
            "proxyEntry.doneHeld",
            Map.of("reason", Pages.text("moderation.reason." + created.moderationReason())));
      } else {
        Pages.info("proxyEntry.done");
      }
      Pages.redirect(
          "/staff/proxy-entry.xhtml?topic="
              + topic.id()
              + "&entered="
              + created.id()
              + "&channel="
              + encode(channel)
              + "&receivedOn="
              + encode(receivedOn)
              + (place == null ? "" : "&place=" + encode(place)));
    } catch (InvalidInputException e) {
      Pages.show("entryForm", onThisForm(e));
    } catch (KyodoException e) {
      Pages.show("entryForm", e);
    }
  }

  /** The form has one field for the participant's id or e-mail address. */
  private static InvalidInputException onThisForm(InvalidInputException e) {
    return new InvalidInputException(
        e.errors().stream()
            .map(
                f ->
                    f.field().startsWith("participant")
                        ? new InvalidInputException.FieldError(
                            "participant", f.messageKey(), f.args())
                        : f)
            .toList());
  }

  /** The id typed, or -1 (nobody) for something that is neither a number nor an address. */
  private Long participantId() {
    if (participant == null || participant.isBlank()) {
      return null;
    }
    String digits = java.text.Normalizer.normalize(participant, java.text.Normalizer.Form.NFKC);
    return digits.strip().matches("[0-9]{1,18}") ? Long.valueOf(digits.strip()) : -1L;
  }

  private static String encode(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The channels staff choose from: every one but the web. */
  public List<String> getChannels() {
    return CommentChannel.PROXY.stream().map(CommentChannel::code).toList();
  }

  /** 「2026/11/01〜2026/11/30」: the days the date received may take. */
  public String getPeriodHint() {
    ReceivingDays days = ReceivingDays.of(topic);
    return Pages.text(
        "proxyEntry.field.receivedOn.hint",
        Map.of("from", WardTime.date(days.first()), "to", WardTime.date(days.last())));
  }

  public TopicView getTopic() {
    return topic;
  }

  public Long getEntered() {
    return entered;
  }

  public String getTopicParam() {
    return topicParam;
  }

  public void setTopicParam(String topicParam) {
    this.topicParam = topicParam;
  }

  public String getEnteredParam() {
    return enteredParam;
  }

  public void setEnteredParam(String enteredParam) {
    this.enteredParam = enteredParam;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public String getParticipant() {
    return participant;
  }

  public void setParticipant(String participant) {
    this.participant = participant;
  }
}
