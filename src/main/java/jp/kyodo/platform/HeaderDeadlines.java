package jp.kyodo.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The rules of {@link SlowClientGuard}, apart from Payara so that they can be tested alone. A
 * request's headers must arrive within {@code timeout} of its first byte, or its connection is
 * closed; a connection that has sent something counts towards {@code maxConnections}, and one
 * beyond the ceiling makes room by closing the connection that has waited longest for its headers
 * (or, if none is waiting, is itself closed). Thread-safe: the server's I/O threads call it.
 *
 * @param <C> a connection
 */
final class HeaderDeadlines<C> {
  private record Started(Object connection, long since) {}

  private final long timeoutNanos;
  private final int maxConnections;
  private final Consumer<C> closer;
  private final LongSupplier nanoClock;

  private final Set<C> open = ConcurrentHashMap.newKeySet();
  private final Set<C> betweenRequests = ConcurrentHashMap.newKeySet();
  private final Map<C, Long> awaitingSince = new ConcurrentHashMap<>();
  // headers in the order they started; entries go stale when the header completes
  private final Queue<Started> started = new ConcurrentLinkedQueue<>();
  private final AtomicLong timedOut = new AtomicLong();
  private final AtomicLong evicted = new AtomicLong();

  HeaderDeadlines(
      Duration timeout, int maxConnections, Consumer<C> closer, LongSupplier nanoClock) {
    this.timeoutNanos = timeout.toNanos();
    this.maxConnections = maxConnections;
    this.closer = closer;
    this.nanoClock = nanoClock;
  }

  /** Bytes arrived: the first of a connection, or the first after a response, start a header. */
  void bytesReceived(C connection) {
    if (open.add(connection)) {
      startHeader(connection);
      if (open.size() > maxConnections) {
        makeRoomFor(connection);
      }
    } else if (betweenRequests.remove(connection)) {
      startHeader(connection);
    }
  }

  /** A request's headers have been read in full. */
  void headerComplete(C connection) {
    awaitingSince.remove(connection);
  }

  /** A response has started: what the connection sends next is another request. */
  void responseStarted(C connection) {
    if (open.contains(connection)) {
      betweenRequests.add(connection);
    }
  }

  void closed(C connection) {
    open.remove(connection);
    betweenRequests.remove(connection);
    awaitingSince.remove(connection);
  }

  /** Closes every connection whose headers are overdue; returns how many. */
  int sweep() {
    long deadline = nanoClock.getAsLong() - timeoutNanos;
    int closed = 0;
    for (Started s = started.peek(); s != null && s.since() - deadline <= 0; s = started.peek()) {
      started.poll();
      @SuppressWarnings("unchecked")
      C connection = (C) s.connection();
      if (awaitingSince.remove(connection, s.since())) {
        close(connection);
        closed++;
      }
    }
    timedOut.addAndGet(closed);
    return closed;
  }

  int openConnections() {
    return open.size();
  }

  int awaitingHeaders() {
    return awaitingSince.size();
  }

  /** Connections closed so far because their headers were late. */
  long timedOut() {
    return timedOut.get();
  }

  /** Connections closed so far to stay under the ceiling. */
  long evicted() {
    return evicted.get();
  }

  private void startHeader(C connection) {
    long now = nanoClock.getAsLong();
    awaitingSince.put(connection, now);
    started.add(new Started(connection, now));
  }

  private void makeRoomFor(C newcomer) {
    for (Started s = started.poll(); s != null; s = started.poll()) {
      @SuppressWarnings("unchecked")
      C connection = (C) s.connection();
      if (connection.equals(newcomer)) {
        started.add(s); // the newest: keep its entry, look no further
        break;
      }
      if (awaitingSince.remove(connection, s.since())) {
        close(connection);
        evicted.incrementAndGet();
        return;
      }
    }
    awaitingSince.remove(newcomer);
    close(newcomer);
    evicted.incrementAndGet();
  }

  private void close(C connection) {
    closed(connection);
    closer.accept(connection);
  }
}
