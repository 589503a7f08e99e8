package jp.kyodo.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * unsubscribe.xhtml?key=…&kind=…: where an unsubscribe link in a mail's text leads. Opening it
 * changes nothing (mail scanners prefetch links); it says what will stop, and the button does it.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient UnsubscribeService service;

  private String key;
  private String kind;
  private String targetKey;
  private boolean valid;
  private boolean done;

  public void load() {
    try {
      UnsubscribeService.Request request = UnsubscribeService.Request.parse(key, kind);
      valid = service.exists(request);
      targetKey = request.target().messageKey();
    } catch (KyodoException e) {
      valid = false;
    }
  }

  public void unsubscribe() {
    try {
      UnsubscribeService.Request request = UnsubscribeService.Request.parse(key, kind);
      service.unsubscribe(request);
      done = true;
    } catch (KyodoException e) {
      Pages.show("unsubscribeForm", e);
    }
  }

  /** The words for what stops (unsubscribe.target.…). */
  public String getTarget() {
    return targetKey == null ? "" : Pages.text(targetKey);
  }

  public boolean isValid() {
    return valid;
  }

  public boolean isDone() {
    return done;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
