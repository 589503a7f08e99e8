package jp.kyodo.notification.line;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * LINE 連携 on the profile: whether LINE is offered and linked, a one-time code to send to the ward's
 * LINE account (shown once, after the button), and unlinking. Form posts only.
 */
@Named
@RequestScoped
public class LineLinkPage {
  @Inject LineAccount account;

  private LineAccount.LineStatus status;
  private LineAccount.LinkCode code;

  public LineAccount.LineStatus getStatus() {
    if (status == null) {
      status = account.status();
    }
    return status;
  }

  /** The code just issued on this request, or null. */
  public LineAccount.LinkCode getCode() {
    return code;
  }

  public void issueCode() {
    try {
      code = account.newCode();
    } catch (KyodoException e) {
      Pages.show("lineForm", e);
    }
  }

  public void unlink() {
    account.unlink();
    Pages.done("line.unlinked", "/profile.xhtml#line");
  }
}
