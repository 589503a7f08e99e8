package jp.kyodo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page's own messages (not those beside a field), shown once at the top of the page by the
 * template: errors as an alert, confirmations as a status. Several forms on one page used to show
 * every message once each, and the same text added twice is shown once.
 */
@Named
@RequestScoped
public class PageMessages {
  public List<String> getErrors() {
    return texts(true);
  }

  public List<String> getInfos() {
    return texts(false);
  }

  private static List<String> texts(boolean errors) {
    Set<String> texts = new LinkedHashSet<>();
    for (FacesMessage m : FacesContext.getCurrentInstance().getMessageList(null)) {
      boolean error = m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
      if (error == errors && m.getSummary() != null) {
        texts.add(m.getSummary());
        m.rendered();
      }
    }
    return List.copyOf(texts);
  }
}
