package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The actor of the current HTTP request, as established by the authentication filter. Application
 * scoped (the injected request is the container's proxy for the current one): a request-scoped bean
 * was created and injected on every API call, a measurable share of a post.
 */
@ApplicationScoped
public class CurrentActor {
  @Inject HttpServletRequest request;

  public Actor get() {
    return request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor actor
        ? actor
        : Actor.ANONYMOUS;
  }
}
