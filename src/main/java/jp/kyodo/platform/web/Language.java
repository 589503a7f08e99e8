package jp.kyodo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Messages;

/**
 * The page language: Japanese first; English when chosen with ?lang=en, which a cookie remembers.
 * Browser language headers are deliberately not followed, so the ward's pages open in Japanese.
 */
@Named
@RequestScoped
public class Language {
  static final String COOKIE = "kyodo_lang";

  @Inject HttpServletRequest request;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = resolve();
    }
    return locale;
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  /** The language a visitor can switch to. */
  public String getOther() {
    return "en".equals(getTag()) ? "ja" : "en";
  }

  private Locale resolve() {
    String chosen = request.getParameter("lang");
    if ("ja".equals(chosen) || "en".equals(chosen)) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .addResponseCookie(
              COOKIE,
              chosen,
              Map.of(
                  "path", "/", "maxAge", 60 * 60 * 24 * 365, "httpOnly", true, "SameSite", "Lax"));
    }
    return of(request);
  }

  /**
   * The page language of a request, for code outside Faces (the 503 page): ?lang=, else the cookie,
   * else Japanese.
   */
  public static Locale of(HttpServletRequest request) {
    String chosen = request.getParameter("lang");
    if ("ja".equals(chosen) || "en".equals(chosen)) {
      return Messages.supported(Locale.forLanguageTag(chosen));
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          return Messages.supported(Locale.forLanguageTag(c.getValue()));
        }
      }
    }
    return Messages.JAPANESE;
  }
}
