package jp.kyodo.platform;

import com.sun.management.UnixOperatingSystemMXBean;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.ConnectionProbe;
import org.glassfish.grizzly.Processor;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpProbe;

/**
 * Guards Payara's HTTP listeners against clients that trickle their request headers (Slowloris),
 * which Grizzly, Payara's HTTP server, never times out: its idle timeout restarts with every byte.
 * Headers must arrive within {@code kyodo.http.header-timeout} (10 s) of a request's first byte,
 * and connections are capped at {@code kyodo.http.max-connections} (the file-descriptor limit less
 * 1,024, kept for the database, files and the runtime) by closing the one that has waited longest
 * for its headers. See {@link HeaderDeadlines} for the rules.
 *
 * <p>It watches through Grizzly's monitoring probes (public API, added and removed at run time,
 * nothing in the request path changes); the listeners themselves are found through Payara's
 * internals, by reflection. The HTTP listener opens only after deployment (config/), so it looks
 * for listeners every half second. If Payara's internals ever differ, it logs a warning and does
 * nothing.
 */
@ApplicationScoped
public class SlowClientGuard {
  private static final Logger LOG = Logger.getLogger(SlowClientGuard.class.getName());
  private static final long TICK_MILLIS = 500;
  private static final long REPORT_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

  @Resource ManagedScheduledExecutorService scheduler;

  private HeaderDeadlines<Connection<?>> deadlines;
  private final ConnectionProbe connectionProbe = new ConnectionWatch();
  private final HttpProbe httpProbe = new HeaderWatch();
  private final List<Transport> watched = new ArrayList<>();
  private final List<HttpCodecFilter> codecs = new ArrayList<>();
  private ScheduledFuture<?> ticking;
  private boolean unsupported;
  private long lastReport = System.nanoTime();
  private long reportedTimedOut;
  private long reportedEvicted;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    var config = ConfigProvider.getConfig();
    Duration timeout =
        config
            .getOptionalValue("kyodo.http.header-timeout", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofSeconds(10));
    int max =
        config
            .getOptionalValue("kyodo.http.max-connections", Integer.class)
            .orElseGet(SlowClientGuard::defaultMaxConnections);
    deadlines = new HeaderDeadlines<>(timeout, max, Connection::closeSilently, System::nanoTime);
    LOG.info(
        () ->
            "HTTP request headers must arrive within "
                + timeout.toMillis()
                + " ms; at most "
                + max
                + " client connections");
    ticking =
        scheduler.scheduleWithFixedDelay(
            this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** The process's file-descriptor limit less 1,024 (at least 256). */
  static int defaultMaxConnections() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
      long limit = unix.getMaxFileDescriptorCount();
      return (int) Math.max(256, Math.min(Integer.MAX_VALUE, limit - 1024));
    }
    return 4096;
  }

  private synchronized void tick() {
    try {
      watchNewListeners();
      deadlines.sweep();
      report();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "slow-client guard: tick failed", e);
    }
  }

  private void report() {
    long now = System.nanoTime();
    if (now - lastReport < REPORT_EVERY_NANOS) {
      return;
    }
    long timedOut = deadlines.timedOut() - reportedTimedOut;
    long evicted = deadlines.evicted() - reportedEvicted;
    if (timedOut > 0 || evicted > 0) {
      LOG.warning(
          "Closed "
              + timedOut
              + " connection(s) whose request headers were late and "
              + evicted
              + " to stay under the connection ceiling in the last minute");
    }
    lastReport = now;
    reportedTimedOut += timedOut;
    reportedEvicted += evicted;
  }

  private void watchNewListeners() {
    if (unsupported) {
      return;
    }
    try {
      for (Map.Entry<String, Transport> listener : httpTransports().entrySet()) {
        Transport transport = listener.getValue();
        if (Arrays.asList(transport.getConnectionMonitoringConfig().getProbes())
            .contains(connectionProbe)) {
          continue;
        }
        Processor<?> processor = transport.getProcessor();
        if (processor instanceof FilterChain chain) {
          for (Filter filter : chain) {
            if (filter instanceof HttpCodecFilter codec) {
              codec.getMonitoringConfig().addProbes(httpProbe);
              codecs.add(codec);
            }
          }
        }
        transport.getConnectionMonitoringConfig().addProbes(connectionProbe);
        watched.add(transport);
        LOG.info(() -> "slow-client guard watching " + listener.getKey());
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      unsupported = true;
      LOG.log(
          Level.WARNING,
          "slow-client guard: Payara's HTTP listeners could not be found; slow request headers"
              + " are not timed out (rely on the reverse proxy)",
          e);
    }
  }

  /** Payara's listeners by name: GrizzlyService.proxies → GrizzlyProxy → listener → transport. */
  private static Map<String, Transport> httpTransports() throws ReflectiveOperationException {
    Object locator =
        Class.forName("org.glassfish.internal.api.Globals")
            .getMethod("getDefaultHabitat")
            .invoke(null);
    Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
    Object service =
        locator
            .getClass()
            .getMethod("getService", Class.class, Annotation[].class)
            .invoke(locator, serviceType, new Annotation[0]);
    Field proxiesField = serviceType.getDeclaredField("proxies");
    proxiesField.setAccessible(true);
    Map<String, Transport> transports = new LinkedHashMap<>();
    for (Object proxy : List.copyOf((Collection<?>) proxiesField.get(service))) {
      Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
      if (listener == null) {
        continue;
      }
      Object transport = listener.getClass().getMethod("getTransport").invoke(listener);
      if (transport instanceof Transport t) {
        transports.put(
            String.valueOf(listener.getClass().getMethod("getName").invoke(listener)), t);
      }
    }
    return transports;
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
    for (Transport t : watched) {
      t.getConnectionMonitoringConfig().removeProbes(connectionProbe);
    }
    for (HttpCodecFilter codec : codecs) {
      codec.getMonitoringConfig().removeProbes(httpProbe);
    }
    watched.clear();
    codecs.clear();
  }

  private final class ConnectionWatch extends ConnectionProbe.Adapter {
    @Override
    public void onReadEvent(Connection connection, Buffer data, int size) {
      if (size > 0) {
        deadlines.bytesReceived(connection);
      }
    }

    @Override
    public void onCloseEvent(Connection connection) {
      deadlines.closed(connection);
    }
  }

  private final class HeaderWatch extends HttpProbe.Adapter {
    @Override
    public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
      if (header.isRequest()) {
        deadlines.headerComplete(connection);
      }
    }

    @Override
    public void onHeaderSerializeEvent(Connection connection, HttpHeader header, Buffer buffer) {
      if (!header.isRequest()) {
        deadlines.responseStarted(connection);
      }
    }
  }
}
