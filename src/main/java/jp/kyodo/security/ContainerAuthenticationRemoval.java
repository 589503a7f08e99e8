package jp.kyodo.security;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Removes the Jakarta Authentication module that Payara's Jakarta Security (Soteria) registers for
 * every application, whether or not it has an authentication mechanism. Kyodo authenticates in
 * {@link AuthenticationFilter}; the module only cost time, on every request: it looked a mechanism
 * up through a JNDI BeanManager lookup, the largest item of the benchmark's profile
 * (bench/README.md, "Where the time goes"). Uses the standard {@link AuthConfigFactory} API.
 */
@WebListener
public class ContainerAuthenticationRemoval implements ServletContextListener {
  private static final Logger LOG =
      Logger.getLogger(ContainerAuthenticationRemoval.class.getName());
  private static final String SERVLET_LAYER = "HttpServlet";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory factory = AuthConfigFactory.getFactory();
    if (factory == null) {
      return;
    }
    String appContext = appContext(event.getServletContext());
    String[] ids = factory.getRegistrationIDs(null);
    for (String id : ids == null ? new String[0] : ids) {
      AuthConfigFactory.RegistrationContext registration = factory.getRegistrationContext(id);
      if (registration != null
          && SERVLET_LAYER.equals(registration.getMessageLayer())
          && appContext.equals(registration.getAppContext())
          && factory.removeRegistration(id)) {
        LOG.info(() -> "Container authentication module removed for " + appContext);
      }
    }
  }

  /** The Jakarta Authentication application context identifier of a web module. */
  private static String appContext(ServletContext context) {
    return context.getVirtualServerName() + " " + context.getContextPath();
  }
}
