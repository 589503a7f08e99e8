package jp.kyodo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jp.kyodo.platform.DataGrid;

/**
 * Tells the other nodes of a cluster that an account changed (a role, a token revoked, a sanction
 * issued or lifted, a withdrawal, a consent) or that every account did (new terms in force): each
 * node fires the same event as if the change had been made there, and forgets the cached actors and
 * sanctions as it would have (within the time a message takes on the data grid, not the caches' 30
 * s).
 */
@ApplicationScoped
public class AccountChangesAcrossNodes {
  static final String CHANNEL = "kyodo.account-changes";
  private static final String EVERYONE = "*";

  /** Set while an event from another node is fired here: it is not sent back. */
  private static final ThreadLocal<Boolean> FROM_ANOTHER_NODE = new ThreadLocal<>();

  @Inject DataGrid grid;
  @Inject Event<AccountChanged> accountChanged;
  @Inject Event<EveryAccountChanged> everyAccountChanged;

  private volatile DataGrid.Channel channel;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    channel = grid.channel(CHANNEL, this::received);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    send(Long.toString(change.participantId()));
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EveryAccountChanged change) {
    send(EVERYONE);
  }

  private void send(String message) {
    if (channel != null && FROM_ANOTHER_NODE.get() == null) {
      channel.publish(message);
    }
  }

  private void received(String message) {
    FROM_ANOTHER_NODE.set(Boolean.TRUE);
    try {
      if (EVERYONE.equals(message)) {
        everyAccountChanged.fire(new EveryAccountChanged());
      } else {
        accountChanged.fire(new AccountChanged(Long.parseLong(message)));
      }
    } finally {
      FROM_ANOTHER_NODE.remove();
    }
  }
}
