package jp.kyodo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The actor of the current HTTP request, as established by the authentication filter. */
@RequestScoped
public class CurrentActor {
  @Inject HttpServletRequest request;

  public Actor get() {
    return request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor actor
        ? actor
        : Actor.ANONYMOUS;
  }
}
