package jp.kyodo.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response that keeps {@link SecurityHeadersFilter}'s headers: set before anything else writes,
 * set again after a reset (downloads reset the response), a Content-Security-Policy that a page
 * sets (PrimeFaces, with its nonce) replaces the default rather than adding a second one, and a
 * personal response stays {@code no-store}. Cookies get their flags ({@link SessionCookies}) before
 * the response is committed.
 */
final class SecureResponse extends HttpServletResponseWrapper {
  static final String CSP = "Content-Security-Policy";
  static final String CACHE_CONTROL = "Cache-Control";

  private final Map<String, String> headers;
  private final boolean https;
  private final boolean noStore;
  private final String redirectBase;
  private boolean cookiesChanged;
  private ServletOutputStream stream;
  private PrintWriter writer;

  /**
   * {@code redirectBase}: "https://host" when a trusted proxy ended TLS; the container would make a
   * redirect absolute with its own scheme, http.
   */
  SecureResponse(
      HttpServletResponse response,
      Map<String, String> headers,
      boolean https,
      String redirectBase) {
    super(response);
    this.headers = headers;
    this.https = https;
    this.redirectBase = redirectBase;
    this.noStore = headers.containsKey(CACHE_CONTROL);
    apply();
  }

  private void apply() {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    headers.forEach(response::setHeader);
  }

  void sessionCookieChanged() {
    cookiesChanged = true;
  }

  /** Puts the flags on cookies the container added, unless the response is already on its way. */
  void fixCookies() {
    cookiesChanged = false;
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      return;
    }
    List<String> values = new ArrayList<>(response.getHeaders("Set-Cookie"));
    List<String> fixed = values.stream().map(v -> SessionCookies.withFlags(v, https)).toList();
    if (fixed.equals(values)) {
      return;
    }
    response.setHeader("Set-Cookie", fixed.get(0));
    fixed.stream().skip(1).forEach(v -> response.addHeader("Set-Cookie", v));
  }

  private void beforeWrite() {
    if (cookiesChanged) {
      fixCookies();
    }
  }

  @Override
  public void reset() {
    super.reset();
    stream = null;
    writer = null;
    apply();
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(noStore && CACHE_CONTROL.equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (CSP.equalsIgnoreCase(name)) {
      super.setHeader(CSP, value);
    } else if (!(noStore && CACHE_CONTROL.equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (https) {
      cookie.setSecure(true);
    }
    super.addCookie(cookie);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    fixCookies();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    fixCookies();
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    fixCookies();
    boolean absolutePath = location.startsWith("/") && !location.startsWith("//");
    super.sendRedirect(redirectBase != null && absolutePath ? redirectBase + location : location);
  }

  @Override
  public void flushBuffer() throws IOException {
    fixCookies();
    super.flushBuffer();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new Stream(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      PrintWriter target = super.getWriter();
      writer =
          new PrintWriter(
              new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) {
                  beforeWrite();
                  target.write(buffer, offset, length);
                }

                @Override
                public void write(String s, int offset, int length) {
                  beforeWrite();
                  target.write(s, offset, length);
                }

                @Override
                public void write(int c) {
                  beforeWrite();
                  target.write(c);
                }

                @Override
                public void flush() {
                  fixCookies();
                  target.flush();
                }

                @Override
                public void close() {
                  fixCookies();
                  target.close();
                }
              },
              false);
    }
    return writer;
  }

  /** The container's stream, with the cookies' flags put on before bytes go through. */
  private final class Stream extends ServletOutputStream {
    private final ServletOutputStream target;

    Stream(ServletOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      beforeWrite();
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      beforeWrite();
      target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      fixCookies();
      target.flush();
    }

    @Override
    public void close() throws IOException {
      fixCookies();
      target.close();
    }

    @Override
    public boolean isReady() {
      return target.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      target.setWriteListener(listener);
    }
  }
}
