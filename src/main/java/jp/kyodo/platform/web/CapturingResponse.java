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
 * A page's response as it is written, copied on the way for {@link RenderedPages}: the reader gets
 * every byte as soon as it is written; the copy is kept only if the response turns out to be a
 * plain page anyone may get (200, HTML or JSON, no cookie, no session, not too large).
 */
final class CapturingResponse extends HttpServletResponseWrapper {
  /** Larger pages are not kept (a thread page is about 25 KB). */
  private static final int LIMIT = 1 << 21;

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{8,64})'");
  private static final String CSP = "Content-Security-Policy";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
  private final StringBuilder chars = new StringBuilder(32 * 1024);
  private final List<String[]> headers = new ArrayList<>();
  private int status = SC_OK;
  private boolean personal;
  private boolean overflow;
  private Locale locale;
  private ServletOutputStream stream;
  private PrintWriter writer;

  CapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** The page to keep, if it is one. {@code sessionless}: the render started no session. */
  Optional<RenderedPage> rendered(boolean sessionless) {
    String type = getContentType();
    if (status != SC_OK
        || personal
        || overflow
        || !sessionless
        || type == null
        || !(type.startsWith("text/html") || type.startsWith("application/json"))) {
      return Optional.empty();
    }
    if (writer != null) {
      writer.flush();
    }
    String encoding = getCharacterEncoding();
    Charset charset =
        encoding == null || !Charset.isSupported(encoding)
            ? StandardCharsets.UTF_8
            : Charset.forName(encoding);
    byte[] body = writer != null ? chars.toString().getBytes(charset) : bytes.toByteArray();
    String nonce = null;
    for (String[] h : headers) {
      Matcher m = CSP.equalsIgnoreCase(h[0]) ? NONCE.matcher(h[1]) : null;
      if (m != null && m.find()) {
        nonce = m.group(1);
      }
    }
    return Optional.of(RenderedPage.of(type, locale, headers, body, nonce));
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = sc;
    super.sendError(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = sc;
    super.sendError(sc, msg);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    super.sendRedirect(location);
  }

  @Override
  public void addCookie(Cookie cookie) {
    personal = true;
    super.addCookie(cookie);
  }

  @Override
  public void setHeader(String name, String value) {
    record(name, value, true);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    record(name, value, false);
    super.addHeader(name, value);
  }

  @Override
  public void setDateHeader(String name, long date) {
    personal = true; // a time of its own (Expires, Last-Modified): not kept
    super.setDateHeader(name, date);
  }

  @Override
  public void addDateHeader(String name, long date) {
    personal = true;
    super.addDateHeader(name, date);
  }

  @Override
  public void setLocale(Locale loc) {
    locale = loc;
    super.setLocale(loc);
  }

  @Override
  public void reset() {
    super.reset();
    headers.clear();
    bytes.reset();
    chars.setLength(0);
    status = SC_OK;
    locale = null;
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
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
      stream = new Tee(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer = new PrintWriter(new TeeWriter(super.getWriter()), false);
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
      out.write(b);
      if (room(1)) {
        bytes.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      if (room(len)) {
        bytes.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }

  private final class TeeWriter extends Writer {
    private final Writer out;

    TeeWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
      if (room(len)) {
        chars.append(cbuf, off, len);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      out.write(str, off, len);
      if (room(len)) {
        chars.append(str, off, off + len);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
