package jp.kyodo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the other nodes of a cluster what changed in a topic, so that their kept pages ({@link
 * MicroCache}s over {@link ThreadChanges}) follow a change made here as they follow their own:
 * within the time a message takes on Payara Micro's data grid ({@link DataGrid}), not the caches'
 * lifetime. The message is {@code topicId:withdrawsText:listed}.
 */
@ApplicationScoped
public class ThreadChangesAcrossNodes {
  static final String CHANNEL = "kyodo.thread-changes";

  @Inject ThreadChanges changes;
  @Inject DataGrid grid;

  private volatile DataGrid.Channel channel;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    channel = grid.channel(CHANNEL, this::received);
  }

  /** After this node's change commits, as {@link ThreadChanges} records it. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged change) {
    if (channel != null) {
      channel.publish(change.topicId() + ":" + change.withdrawsText() + ":" + change.listed());
    }
  }

  /** Recorded directly, not fired: it is not sent on again. */
  private void received(String message) {
    String[] parts = message.split(":");
    changes.changed(
        new ThreadChanged(
            Long.parseLong(parts[0]),
            Boolean.parseBoolean(parts[1]),
            Boolean.parseBoolean(parts[2])));
  }
}
