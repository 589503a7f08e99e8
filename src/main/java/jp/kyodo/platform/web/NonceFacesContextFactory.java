package jp.kyodo.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.primefaces.csp.CspState;
import org.primefaces.util.Constants;

/**
 * Gives PrimeFaces' CSP mode a script nonce per response that keeps no server state.
 *
 * <p>PrimeFaces keeps each page's nonce in the view map so that a later postback can reuse it. It
 * does so before the page is built, when the view cannot yet say it is stateless (transient), so
 * every anonymous reading page would start an HTTP session (see docs/decisions.md, "Reading pages
 * keep no server state"), and a postback without PrimeFaces' script (which adds the nonce to forms)
 * failed with "CSP nonce mismatch". Here a full page gets a fresh nonce each time — it comes with
 * its own Content-Security-Policy header — and an Ajax request, whose scripts run in the page that
 * sent it, reuses the nonce that page sends back (checked to have the nonce's form, as PrimeFaces
 * does).
 *
 * <p>Registered in {@code META-INF/faces-config.xml}, ordered before PrimeFaces so that PrimeFaces'
 * context, which takes its CSP state when it is created, finds this one.
 */
public class NonceFacesContextFactory extends FacesContextFactory {
  public NonceFacesContextFactory(FacesContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public FacesContext getFacesContext(
      Object context, Object request, Object response, Lifecycle lifecycle) throws FacesException {
    FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
    faces.getAttributes().put(CspState.class.getName(), new RequestNonce(faces));
    return faces;
  }

  /** The nonce of one response. */
  static final class RequestNonce extends CspState {
    private final FacesContext faces;
    private String nonce;

    RequestNonce(FacesContext faces) {
      super(faces);
      this.faces = faces;
    }

    @Override
    public String getNonce() {
      if (nonce == null) {
        nonce = faces.getPartialViewContext().isAjaxRequest() ? sent() : null;
        if (nonce == null) {
          nonce = Nonces.fresh();
        }
      }
      return nonce;
    }

    /** The nonce an Ajax request carries, if it has the form of one. */
    private String sent() {
      String value =
          faces
              .getExternalContext()
              .getRequestParameterMap()
              .get(Constants.RequestParams.NONCE_PARAM);
      return isNonce(value) ? value : null;
    }

    static boolean isNonce(String value) {
      if (value == null || value.length() > 64) {
        return false;
      }
      try {
        UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
