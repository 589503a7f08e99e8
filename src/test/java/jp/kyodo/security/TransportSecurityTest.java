package jp.kyodo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {
  /** A request with these headers, over TLS or not. */
  private static HttpServletRequest request(boolean secure, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static TransportSecurity trusting(String header) {
    TransportSecurity t = new TransportSecurity();
    t.forwardedProtoHeader = Optional.ofNullable(header);
    return t;
  }

  @Test
  void theProxyHeaderIsIgnoredUnlessConfigured() {
    HttpServletRequest proxied = request(false, Map.of("X-Forwarded-Proto", "https"));
    assertFalse(trusting(null).isHttps(proxied));
    assertTrue(trusting("X-Forwarded-Proto").isHttps(proxied));
  }

  @Test
  void onlyTheConfiguredHeaderSayingHttpsCounts() {
    TransportSecurity t = trusting("X-Forwarded-Proto");
    assertFalse(t.isHttps(request(false, Map.of("X-Forwarded-Proto", "http"))));
    assertFalse(t.isHttps(request(false, Map.of("Forwarded", "proto=https"))));
    assertFalse(t.isHttps(request(false, Map.of())));
    assertTrue(t.isHttps(request(false, Map.of("X-Forwarded-Proto", "HTTPS"))));
    // the first entry is the client's side of a chain of proxies
    assertTrue(t.isHttps(request(false, Map.of("X-Forwarded-Proto", "https, http"))));
    assertFalse(t.isHttps(request(false, Map.of("X-Forwarded-Proto", "http, https"))));
  }

  @Test
  void aDirectTlsConnectionIsHttpsWithoutAnyHeader() {
    assertTrue(trusting(null).isHttps(request(true, Map.of())));
  }

  @Test
  void hstsCanBeSwitchedOff() {
    TransportSecurity t = new TransportSecurity();
    assertEquals(Optional.of("max-age=31536000"), t.hsts());
    t.hsts = "off";
    assertEquals(Optional.empty(), t.hsts());
    t.hsts = "max-age=63072000; includeSubDomains";
    assertEquals(Optional.of("max-age=63072000; includeSubDomains"), t.hsts());
  }

  @Test
  void cookiesGetTheFlagsTheyLack() {
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax; Secure",
        SessionCookies.withFlags("JSESSIONID=abc; Path=/; HttpOnly; SameSite=lax", true));
    assertEquals(
        "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax",
        SessionCookies.withFlags("JSESSIONID=abc; Path=/", false));
    String complete = "JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Lax";
    assertEquals(complete, SessionCookies.withFlags(complete, true));
    // other cookies: Secure over https, nothing else imposed
    assertEquals("kyodo_lang=en; Path=/", SessionCookies.withFlags("kyodo_lang=en; Path=/", false));
    assertEquals(
        "kyodo_lang=en; Path=/; Secure", SessionCookies.withFlags("kyodo_lang=en; Path=/", true));
  }
}
