package jp.kyodo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EncodeTest {
  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
        Encode.html("<a href=\"x\" title='y'>&"));
    assertEquals("", Encode.html(null));
    String plain = "区の課題";
    assertSame(plain, Encode.html(plain));
  }

  @Test
  void jsonForScriptCannotCloseTheScriptElement() {
    String label = "</script><script>window.__xss=1</script><!-- & \u2028\u2029";
    String json = Json.createObjectBuilder().add("label", label).build().toString();
    String safe = Encode.jsonForScript(json);
    assertFalse(safe.contains("<"), safe);
    assertFalse(safe.contains(">"), safe);
    assertFalse(safe.contains("&"), safe);
    assertFalse(safe.contains("\u2028"), safe);
    assertFalse(safe.contains("\u2029"), safe);
    // still the same JSON value
    try (var reader = Json.createReader(new StringReader(safe))) {
      JsonObject back = reader.readObject();
      assertEquals(label, back.getString("label"));
    }
  }

  @Test
  void jsonForScriptKeepsEscapedBackslashes() {
    String json = Json.createObjectBuilder().add("v", "\\<\\").build().toString();
    try (var reader = Json.createReader(new StringReader(Encode.jsonForScript(json)))) {
      assertEquals("\\<\\", reader.readObject().getString("v"));
    }
  }
}
