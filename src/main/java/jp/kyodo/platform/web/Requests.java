package jp.kyodo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import jp.kyodo.platform.Messages;

/** What the servlet filters read off a request, decided once for all of them. */
public final class Requests {
  private Requests() {}

  /** The container-decoded path inside the application, e.g. /admin/audit.xhtml or /api/v1/… */
  public static String path(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
  }

  public static boolean isApi(String path) {
    return path.startsWith("/api/");
  }

  /** Style sheets, scripts and images: served as they are, never about anyone. */
  public static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * The language of an answer written outside JAX-RS (filters): Japanese unless Accept-Language
   * asks for a language Kyodo speaks — as {@code ApiLocale} decides inside JAX-RS.
   */
  public static Locale language(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Messages.JAPANESE;
    }
    try {
      return Messages.firstSupported(Collections.list(request.getLocales()));
    } catch (RuntimeException malformedHeader) {
      return Messages.JAPANESE;
    }
  }

  /** Whether the client takes JSON: it says nothing, or JSON, or anything. */
  public static boolean acceptsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept == null
        || accept.contains("application/json")
        || accept.contains("*/*")
        || accept.contains("application/*");
  }
}
