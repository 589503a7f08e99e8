package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kyodo.platform.DatabaseMigrations;
import jp.kyodo.platform.Text;
import jp.kyodo.security.PasswordHasher;
import jp.kyodo.security.Role;
import jp.kyodo.security.SecureTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator, from KYODO_ADMIN_EMAIL / KYODO_ADMIN_PASSWORD. Only when no
 * administrator exists yet; without a configured password one is generated and printed once.
 */
@ApplicationScoped
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject ParticipantRepository participants;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kyodo.admin.email", defaultValue = "admin@kyodo.localhost")
  String email;

  @Inject
  @ConfigProperty(name = "kyodo.admin.password")
  Optional<String> password;

  @Transactional
  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    if (participants.anyAdministrator()) {
      return;
    }
    String address = Text.normalizeEmail(email);
    if (participants.emailTaken(address)) {
      LOG.severe(
          "No administrator exists and "
              + address
              + " is taken by a participant;"
              + " set KYODO_ADMIN_EMAIL to a free address.");
      return;
    }
    String secret = password.filter(p -> !p.isBlank()).orElseGet(SecureTokens::password);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Participant admin =
        new Participant(address, hasher.hash(secret), "管理者", Profile.unanswered(), now);
    admin.confirmEmail(now);
    admin.grant(Role.ADMINISTRATOR, now);
    participants.add(admin);
    if (password.filter(p -> !p.isBlank()).isEmpty()) {
      LOG.warning(
          "\n\n  First administrator created: "
              + address
              + "\n  Generated password (shown only this once): "
              + secret
              + "\n  Sign in and change it on the profile page.\n");
    } else {
      LOG.info("First administrator created from configuration: " + address);
    }
  }
}
