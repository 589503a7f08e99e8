package jp.kyodo.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import jp.kyodo.platform.AuthenticationRequiredException;
import jp.kyodo.platform.KyodoException;

/**
 * What a page does with an exception nobody caught, instead of the 500 page:
 *
 * <ul>
 *   <li>a form whose view cannot be restored (expired with the session, from another session,
 *       garbled) is shown again with what was typed and a "please send again" message ({@link
 *       StaleForms}); without a session the page's own rule sends the visitor to sign in;
 *   <li>a refusal a person can act on ({@link KyodoException}: a topic that does not exist, a
 *       missing choice) answers with its status and the error page says why.
 * </ul>
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {
  public PageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    boolean answered = false;
    while (events.hasNext()) {
      ExceptionQueuedEventContext event = events.next().getContext();
      if (answered) {
        events.remove(); // a consequence of the one already answered
        continue;
      }
      if (faces.getExternalContext().isResponseCommitted()) {
        continue; // too late to answer otherwise: the default handling
      }
      if (event.getPhaseId() == PhaseId.RESTORE_VIEW && isFormPost(faces)) {
        StaleForms.sendBack(faces);
        answered = true;
        events.remove();
        continue;
      }
      KyodoException refusal = refusal(event.getException());
      if (refusal == null && event.getPhaseId() == PhaseId.RESTORE_VIEW) {
        // a view state in an address (GET): nothing a browser sends by itself
        refusal = new BadViewStateException();
      }
      if (refusal != null) {
        refuse(faces, refusal);
        answered = true;
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static boolean isFormPost(FacesContext faces) {
    return "POST".equals(request(faces).getMethod());
  }

  private static KyodoException refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof KyodoException known) {
        return known;
      }
    }
    return null;
  }

  private static void refuse(FacesContext faces, KyodoException refusal) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = request(faces);
    try {
      if (refusal instanceof AuthenticationRequiredException) {
        String here = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
          here += "?" + request.getQueryString();
        }
        external.redirect(
            request.getContextPath()
                + "/login.xhtml?next="
                + URLEncoder.encode(here, StandardCharsets.UTF_8));
      } else {
        ErrorPage.explain(request, refusal);
        external.responseReset();
        external.responseSendError(refusal.status(), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static HttpServletRequest request(FacesContext faces) {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  /** 400: a page address that carries a view state. */
  static final class BadViewStateException extends KyodoException {
    BadViewStateException() {
      super(400, "bad_view_state", "problem.http.400", java.util.Map.of());
    }
  }
}
