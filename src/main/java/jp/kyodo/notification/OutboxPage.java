package jp.kyodo.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/outbox.xhtml: outgoing mail for administrators (every read is audited). */
@Named
@ViewScoped
public class OutboxPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient MailOutbox outbox;

  private String recipient;
  private List<MailOutbox.OutboxEntry> entries = List.of();

  public void load() {
    String filter = recipient == null || recipient.isBlank() ? null : recipient.strip();
    entries = outbox.read(filter, 50);
  }

  public List<MailOutbox.OutboxEntry> getEntries() {
    return entries;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }
}
