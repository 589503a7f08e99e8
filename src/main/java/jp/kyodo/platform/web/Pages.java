package jp.kyodo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.Messages;

/**
 * What page beans share: messages in the page language, shown beside the field they concern (the
 * field ids are the service's field names) or at the top of the form.
 */
public final class Pages {
  private Pages() {}

  /**
   * The page language, decided by the request (?lang=, else the cookie, else Japanese) as the page
   * template's view locale is: the same in every phase, also in a view action before the view's
   * locale is set.
   */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return Messages.JAPANESE;
    }
    return faces.getExternalContext().getRequest() instanceof HttpServletRequest request
        ? Language.of(request)
        : Messages.supported(faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
  }

  public static String text(String key) {
    return Messages.get(locale(), key);
  }

  public static String text(String key, Map<String, ?> args) {
    return Messages.format(locale(), key, args);
  }

  public static void info(String key) {
    info(key, Map.of());
  }

  public static void info(String key, Map<String, ?> args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /** A failure from a service, shown beside the fields it names, or at the top of the form. */
  public static void show(String formId, KyodoException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = locale();
    if (e instanceof InvalidInputException invalid) {
      for (InvalidInputException.FieldError f : invalid.errors()) {
        String text = Messages.format(locale, f.messageKey(), f.args());
        String clientId = formId + ":" + f.field();
        UIComponent field = faces.getViewRoot().findComponent(clientId);
        if (field instanceof jakarta.faces.component.EditableValueHolder input) {
          input.setValid(false);
          // an invalid field renders its submitted value, which the model update had cleared:
          // put back exactly what was sent, so nothing the person typed is lost
          String sent = faces.getExternalContext().getRequestParameterMap().get(clientId);
          if (sent != null) {
            input.setSubmittedValue(sent);
          }
          faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } else {
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
      }
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.get(locale, "common.errorsAbove"), null));
      return;
    }
    String text = message(e);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** A service's refusal as the reader's language says it. */
  public static String message(KyodoException e) {
    return Messages.format(locale(), e.messageKey(), e.args());
  }

  public static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request parameter (address or form field), or null when absent or blank. */
  public static String param(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** A positive id from a page parameter, or null when it is missing or malformed. */
  public static Long parseId(String raw) {
    if (raw == null || !raw.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(raw);
  }

  /** Answers the page request with 404 and the error page. */
  public static void notFound() {
    sendError(404);
  }

  /** Answers the page request with the status (403, 404 …) and the error page. */
  public static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** After a successful form: says so on the page the redirect leads to. */
  public static void done(String messageKey, String path) {
    keepMessages();
    info(messageKey);
    redirect(path);
  }

  /** Keeps messages across the redirect that follows a successful form. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
