package jp.kyodo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form posted from a page whose view the server no longer has (the session expired, the page came
 * from another session, the view state is garbled). Instead of an error the page is shown again (a
 * redirect to its address) with what was typed — passwords excepted — and a message to check it and
 * send again; nothing is saved. Restoring is a {@code PreRenderViewEvent} listener
 * (faces-config.xml), since the view is complete only then.
 */
public class StaleForms implements SystemEventListener {
  private static final String TYPED = "kyodo.staleForm";
  private static final int MAX_KEPT_CHARACTERS = 200_000;

  /** Keeps the typed values in the flash and sends the browser back to the page. */
  static void sendBack(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Map<String, String[]> typed = new LinkedHashMap<>();
    int size = 0;
    for (Map.Entry<String, String[]> field : external.getRequestParameterValuesMap().entrySet()) {
      if (isTyped(field.getKey())) {
        for (String v : field.getValue()) {
          size += v.length();
        }
        typed.put(field.getKey(), field.getValue());
      }
    }
    external.getFlash().put(TYPED, size <= MAX_KEPT_CHARACTERS ? typed : Map.of());
    try {
      external.redirect(address(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Form fields a person typed: not the view state, not Faces' own, never a password. */
  private static boolean isTyped(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.contains(":")
        && !lower.startsWith("jakarta.faces.")
        && !lower.startsWith("javax.faces.")
        && !lower.startsWith("primefaces")
        && !lower.contains("password");
  }

  /**
   * The page the form was on: its path, with the query of the page the browser came from (the
   * Referer, when it is this same path) or else the form's plain hidden fields (the ids a form acts
   * on, e.g. ?id=12).
   */
  static String address(HttpServletRequest request) {
    String path = request.getRequestURI();
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI from = URI.create(referer);
        if (path.equals(from.getRawPath()) && from.getRawQuery() != null) {
          return path + "?" + from.getRawQuery();
        }
      } catch (IllegalArgumentException malformed) {
        // fall back to the hidden fields
      }
    }
    String query =
        request.getParameterMap().entrySet().stream()
            .filter(e -> !e.getKey().contains(":") && !e.getKey().contains("."))
            .filter(e -> !e.getKey().equals(e.getValue()[0])) // a form's own marker
            .filter(e -> !e.getKey().toLowerCase(Locale.ROOT).contains("password"))
            .filter(e -> e.getKey().matches("[A-Za-z][A-Za-z0-9_-]{0,40}"))
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue()[0], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  /** On the page shown after {@link #sendBack}: the message, and the typed values put back. */
  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    Object kept = faces.getExternalContext().getFlash().get(TYPED);
    if (!(kept instanceof Map<?, ?> typed)) {
      return;
    }
    String text = Pages.text("page.stale");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    UIViewRoot root = faces.getViewRoot();
    for (Map.Entry<?, ?> field : typed.entrySet()) {
      UIComponent component;
      try {
        component = root.findComponent((String) field.getKey());
      } catch (IllegalArgumentException notFound) {
        continue;
      }
      if (component instanceof EditableValueHolder input
          && !(component instanceof HtmlInputSecret)
          && component.isRendered()) {
        String[] values = (String[]) field.getValue();
        input.setSubmittedValue(component instanceof UISelectMany ? values : values[0]);
      }
    }
  }
}
