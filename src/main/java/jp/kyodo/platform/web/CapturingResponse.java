package jp.kyodo.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's response as it is written, copied for {@link RenderedPages}. Teeing (anonymous readers):
 * the reader gets every byte as soon as it is written; the copy is kept only if the response turns
 * out to be a plain page anyone may get (200, HTML or JSON, no cookie, no session, not too large).
 * Buffering (a page rendered for a class of signed-in readers): nothing reaches the reader; the
 * page is filled in for them afterwards, whatever its status.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
  /** Larger pages are not kept (a thread page is about 25 KB). */
  private static final int LIMIT = 1 << 21;

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{8,64})'");
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=([^;\\s]+)");
  private static final String CSP = "Content-Security-Policy";

  private final boolean tee;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
  private final StringBuilder chars = new StringBuilder(32 * 1024);
  private final List<String[]> headers = new ArrayList<>();
  private int status = SC_OK;
  private String location;
  private boolean personal;
  private boolean overflow;
  private Locale locale;
  private String contentType;
  private String encoding;
  private ServletOutputStream stream;
  private PrintWriter writer;

  private CapturingResponse(HttpServletResponse response, boolean tee) {
    super(response);
    this.tee = tee;
  }

  /** Copies what is written to the reader. */
  static CapturingResponse teeing(HttpServletResponse response) {
    return new CapturingResponse(response, true);
  }

  /** Keeps everything from the reader: status, headers and body. */
  static CapturingResponse buffering(HttpServletResponse response) {
    return new CapturingResponse(response, false);
  }

  /** The page to keep, if it is one. {@code sessionless}: the render started no session. */
  Optional<RenderedPage> rendered(boolean sessionless) {
    return keepable(sessionless) ? Optional.of(page(null)) : Optional.empty();
  }

  /** Whether the page may be kept: 200, HTML or JSON, no cookie nor date, not too large. */
  boolean keepable(boolean sessionless) {
    String type = getContentType();
    return status == SC_OK
        && !personal
        && !overflow
        && sessionless
        && type != null
        && (type.startsWith("text/html") || type.startsWith("application/json"));
  }

  /** The status set, 200 by default. */
  int status() {
    return status;
  }

  /** Where a redirect sent the reader, or null. */
  String location() {
    return location;
  }

  /** The page as rendered, cut at its nonce and at the marks written with {@code secret}. */
  RenderedPage page(String secret) {
    if (overflow) {
      throw new IllegalStateException("a page too large to keep or fill in");
    }
    if (writer != null) {
      writer.flush();
    }
    String enc = getCharacterEncoding();
    Charset charset =
        enc == null || !Charset.isSupported(enc) ? StandardCharsets.UTF_8 : Charset.forName(enc);
    String body = writer != null ? chars.toString() : bytes.toString(charset);
    String nonce = null;
    for (String[] h : headers) {
      Matcher m = CSP.equalsIgnoreCase(h[0]) ? NONCE.matcher(h[1]) : null;
      if (m != null && m.find()) {
        nonce = m.group(1);
      }
    }
    String type = getContentType();
    return RenderedPage.of(
        type == null ? "text/html;charset=UTF-8" : type,
        charset,
        locale,
        headers,
        body,
        nonce,
        secret);
  }

  @Override
  public String getContentType() {
    return tee ? super.getContentType() : contentType;
  }

  @Override
  public void setContentType(String type) {
    if (tee) {
      super.setContentType(type);
      return;
    }
    contentType = type;
    Matcher m = type == null ? null : CHARSET.matcher(type);
    if (m != null && m.find()) {
      encoding = m.group(1);
    }
  }

  @Override
  public String getCharacterEncoding() {
    return tee ? super.getCharacterEncoding() : encoding == null ? "UTF-8" : encoding;
  }

  @Override
  public void setCharacterEncoding(String charset) {
    if (tee) {
      super.setCharacterEncoding(charset);
    } else {
      encoding = charset;
    }
  }

  @Override
  public void setContentLength(int len) {
    if (tee) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (tee) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setBufferSize(int size) {
    if (tee) {
      super.setBufferSize(size);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (tee) {
      super.flushBuffer();
    }
  }

  @Override
  public boolean isCommitted() {
    return tee && super.isCommitted();
  }

  @Override
  public Locale getLocale() {
    return tee || locale == null ? super.getLocale() : locale;
  }

  @Override
  public void setIntHeader(String name, int value) {
    record(name, Integer.toString(value), true);
    if (tee) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    record(name, Integer.toString(value), false);
    if (tee) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    if (tee) {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = sc;
    if (tee) {
      super.sendError(sc);
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = sc;
    if (tee) {
      super.sendError(sc, msg);
    }
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    this.location = location;
    if (tee) {
      super.sendRedirect(location);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    personal = true;
    if (tee) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    record(name, value, true);
    if (tee) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    record(name, value, false);
    if (tee) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    personal = true; // a time of its own (Expires, Last-Modified): not kept
    if (tee) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    personal = true;
    if (tee) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void setLocale(Locale loc) {
    locale = loc;
    if (tee) {
      super.setLocale(loc);
    }
  }

  @Override
  public void reset() {
    if (tee) {
      super.reset();
    }
    headers.clear();
    bytes.reset();
    chars.setLength(0);
    status = SC_OK;
    locale = null;
  }

  @Override
  public void resetBuffer() {
    if (tee) {
      super.resetBuffer();
    }
    bytes.reset();
    chars.setLength(0);
  }

  private void record(String name, String value, boolean replace) {
    if ("Set-Cookie".equalsIgnoreCase(name)
        || ("Cache-Control".equalsIgnoreCase(name)
            && value != null
            && value.contains("no-store"))) {
      personal = true;
    }
    if (value == null || "Content-Length".equalsIgnoreCase(name)) {
      return;
    }
    if (replace) {
      headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    }
    headers.add(new String[] {name, value});
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new Tee(tee ? super.getOutputStream() : null);
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer = new PrintWriter(new TeeWriter(tee ? super.getWriter() : null), false);
    }
    return writer;
  }

  private boolean room(int more) {
    if (!overflow && bytes.size() + chars.length() + more > LIMIT) {
      overflow = true;
      bytes.reset();
      chars.setLength(0);
    }
    return !overflow;
  }

  private final class Tee extends ServletOutputStream {
    private final ServletOutputStream out;

    Tee(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (out != null) {
        out.write(b);
      }
      if (room(1)) {
        bytes.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (out != null) {
        out.write(b, off, len);
      }
      if (room(len)) {
        bytes.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }

    @Override
    public boolean isReady() {
      return out == null || out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      if (out != null) {
        out.setWriteListener(listener);
      }
    }
  }

  private final class TeeWriter extends Writer {
    private final Writer out;

    TeeWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (out != null) {
        out.write(cbuf, off, len);
      }
      if (room(len)) {
        chars.append(cbuf, off, len);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      if (out != null) {
        out.write(str, off, len);
      }
      if (room(len)) {
        chars.append(str, off, off + len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }
}
