package jp.kyodo.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diagnostics for tests and benchmarks (off by default): buffers the response and adds the number
 * of SQL statements the request caused as {@code X-Kyodo-Query-Count}. Mapped in web.xml after
 * authentication, so the count is the page's own statements.
 */
public class QueryCountFilter extends HttpFilter {
  public static final String HEADER = "X-Kyodo-Query-Count";

  @Inject
  @ConfigProperty(name = "kyodo.diagnostics.query-count", defaultValue = "false")
  boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // reads only: a form post ends in a redirect, which must not wait for a buffer
    if (!enabled || !"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    QueryCounter.reset();
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    if (response.isCommitted()) {
      return; // a GET answered with a redirect (opening a notification): sent, nothing to count
    }
    buffered.flushWriter();
    response.setHeader(HEADER, String.valueOf(QueryCounter.current()));
    response.setContentLength(buffered.bytes.size());
    response.getOutputStream().write(buffered.bytes.toByteArray());
  }

  private static final class Buffered extends HttpServletResponseWrapper {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
      };
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      flushWriter();
    }

    // the length is known only at the end; setting it early would commit the headers (HTTP/2)
    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    void flushWriter() {
      if (writer != null) {
        writer.flush();
      }
    }
  }
}
