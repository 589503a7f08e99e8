package jp.kyodo.notification.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Line-Signature}: Base64 of the HMAC-SHA256 of the request body's bytes, keyed with the
 * channel secret. Compared in constant time, before the body is parsed.
 */
public final class LineSignature {
  private LineSignature() {}

  public static String sign(String channelSecret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code signature} (the header's value; null when absent) signs {@code body}. */
  public static boolean verify(String channelSecret, byte[] body, String signature) {
    if (signature == null || signature.isBlank() || signature.length() > 200) {
      return false;
    }
    byte[] expected = sign(channelSecret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
