package jp.kyodo.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final String HOSTILE = "</script><script>window.__xss=1</script><!--\u2028";

  @Test
  void hostileLabelsCannotLeaveTheScriptElement() {
    StatTable table =
        new StatTable(
            "activity-policy_area",
            "分野別 " + HOSTILE,
            "note",
            List.of(new StatTable.Column("comments30", "意見 " + HOSTILE)),
            List.of(new StatTable.Row("x", HOSTILE, List.of(Suppression.people(12)))));
    String config = Charts.of(table, "bar", List.of("comments30"));
    for (String raw : List.of("<", ">", "&", "\u2028")) {
      assertFalse(config.contains(raw), raw + " in " + config);
    }
    try (var reader = Json.createReader(new StringReader(config))) {
      JsonObject chart = reader.readObject();
      JsonObject data = chart.getJsonObject("data");
      assertEquals(HOSTILE, data.getJsonArray("labels").getString(0));
      assertEquals(
          "意見 " + HOSTILE, data.getJsonArray("datasets").getJsonObject(0).getString("label"));
      assertEquals(
          12, data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(0));
      assertEquals(
          "分野別 " + HOSTILE,
          chart
              .getJsonObject("options")
              .getJsonObject("plugins")
              .getJsonObject("title")
              .getString("text"));
    }
  }
}
