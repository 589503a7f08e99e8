package jp.kyodo.notification.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineSignatureTest {
  private static final String SECRET = "kyodo-channel-secret";
  private static final byte[] BODY =
      "{\"destination\":\"U0000\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
  // printf '%s' '{"destination":"U0000","events":[]}' \
  //   | openssl dgst -sha256 -hmac 'kyodo-channel-secret' -binary | base64
  private static final String EXPECTED = "WCBOj+uLcCRwUoLMwNaC5K+kX9Q6jf4YHYW8NWpNopk=";

  @Test
  void signsTheBodyAsOpensslDoes() {
    assertEquals(EXPECTED, LineSignature.sign(SECRET, BODY));
  }

  @Test
  void acceptsTheRightSignature() {
    assertTrue(LineSignature.verify(SECRET, BODY, EXPECTED));
  }

  @Test
  void refusesAMissingBlankOrWrongSignature() {
    assertFalse(LineSignature.verify(SECRET, BODY, null));
    assertFalse(LineSignature.verify(SECRET, BODY, ""));
    assertFalse(LineSignature.verify(SECRET, BODY, "x".repeat(500)));
    assertFalse(LineSignature.verify("another-secret", BODY, EXPECTED));
    assertFalse(LineSignature.verify(SECRET, BODY, EXPECTED.toLowerCase()));
  }

  @Test
  void refusesTheSignatureOfAnotherBody() {
    byte[] changed = "{\"destination\":\"U0000\",\"events\":[ ]}".getBytes(StandardCharsets.UTF_8);
    assertFalse(LineSignature.verify(SECRET, changed, EXPECTED));
  }
}
