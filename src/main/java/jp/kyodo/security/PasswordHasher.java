package jp.kyodo.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with a random salt (Jakarta Security's built-in hash). The stored form carries
 * its own iteration count, so raising {@code kyodo.password.iterations} later keeps old hashes
 * verifiable.
 */
@ApplicationScoped
public class PasswordHasher {
  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "kyodo.password.iterations", defaultValue = "600000")
  int iterations;

  private String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate(SecureTokens.generate().toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    if (password == null || storedHash == null) {
      spendVerificationTime();
      return false;
    }
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Costs as much as a real check, so that unknown accounts cannot be told apart by timing. */
  public void spendVerificationTime() {
    pbkdf2.verify("not-the-password".toCharArray(), dummyHash);
  }
}
