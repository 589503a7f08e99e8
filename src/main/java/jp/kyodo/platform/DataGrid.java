package jp.kyodo.platform;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid (Hazelcast), through which the nodes of a cluster tell each other what
 * changed (docs/operations.md, "Several nodes"). Looked up once, at JNDI {@code payara/Hazelcast};
 * absent when Payara runs without it. A node started alone ({@code --nocluster}) is a grid of one.
 */
@ApplicationScoped
public class DataGrid {
  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  @Resource ManagedExecutorService executor;

  private volatile Optional<HazelcastInstance> instance;
  private final List<Runnable> closing = new ArrayList<>();

  /** Messages to the other nodes: plain text (a grid listener runs outside the application). */
  public interface Channel {
    /** Sends to every other node (nothing when this node is alone). */
    void publish(String message);
  }

  public Optional<HazelcastInstance> instance() {
    Optional<HazelcastInstance> found = instance;
    if (found == null) {
      try {
        found = Optional.of((HazelcastInstance) new InitialContext().lookup("payara/Hazelcast"));
      } catch (NamingException | ClassCastException e) {
        LOG.info("no data grid: what changes here stays on this node (" + e + ")");
        found = Optional.empty();
      }
      instance = found;
    }
    return found;
  }

  /** How many nodes the grid has now (1 alone, or without a grid). */
  public int members() {
    return instance().map(grid -> grid.getCluster().getMembers().size()).orElse(1);
  }

  /**
   * The channel {@code name}: what other nodes publish on it is given to {@code fromOthers} on one
   * of the application's own threads (with its naming context and class loader).
   */
  public synchronized Channel channel(String name, Consumer<String> fromOthers) {
    Optional<HazelcastInstance> grid = instance();
    if (grid.isEmpty()) {
      return message -> {};
    }
    ITopic<String> topic = grid.get().getTopic(name);
    UUID listener =
        topic.addMessageListener(
            m -> {
              if (m.getPublishingMember() == null || !m.getPublishingMember().localMember()) {
                String message = m.getMessageObject();
                executor.execute(() -> deliver(name, message, fromOthers));
              }
            });
    closing.add(() -> topic.removeMessageListener(listener));
    return message -> {
      if (members() > 1) {
        try {
          topic.publish(message);
        } catch (RuntimeException e) {
          // a member leaving: the others' caches follow within their lifetime instead
          LOG.log(Level.WARNING, "not sent to the other nodes on " + name + ": " + message, e);
        }
      }
    };
  }

  private static void deliver(String name, String message, Consumer<String> to) {
    try {
      to.accept(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a message from another node on " + name + " failed: " + message, e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    for (Runnable r : closing) {
      try {
        r.run();
      } catch (RuntimeException gridStopping) {
        // the data grid stops with the node
      }
    }
  }
}
