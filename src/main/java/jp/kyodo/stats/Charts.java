package jp.kyodo.stats;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import jp.kyodo.platform.Encode;

/**
 * Chart.js configurations (what PrimeFaces 15's {@code p:chart value} takes) drawn from a {@link
 * StatTable}: the chart shows exactly the table's numbers, and suppressed cells are gaps. Labels
 * come from administrators' data (policy-area names), so the JSON is encoded for a script element.
 */
public final class Charts {
  private static final String[] COLOURS = {"#005a9c", "#b35900", "#146c2e", "#6f3f98"};

  private Charts() {}

  /**
   * One dataset per column key; {@code type} bar or line; a "line:" prefix draws that one as a
   * line.
   */
  public static String of(StatTable table, String type, List<String> columnKeys) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    table.rows().forEach(r -> labels.add(r.label()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (String spec : columnKeys) {
      boolean asLine = spec.startsWith("line:");
      String key = asLine ? spec.substring(5) : spec;
      int index = indexOf(table, key);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (StatTable.Row row : table.rows()) {
        Number v = row.cells().get(index).value();
        if (v == null) {
          data.addNull();
        } else if (v instanceof BigDecimal d) {
          data.add(d);
        } else {
          data.add(v.longValue());
        }
      }
      String c = COLOURS[colour++ % COLOURS.length];
      JsonObjectBuilder dataset =
          Json.createObjectBuilder()
              .add("label", table.columns().get(index).label())
              .add("data", data)
              .add("backgroundColor", c)
              .add("borderColor", c);
      if (asLine) {
        dataset.add("type", "line").add("fill", false).add("pointRadius", 0);
      }
      datasets.add(dataset);
    }
    // p:chart writes the configuration into a script element as it is
    String json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("responsive", true)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", table.title()))))
            .build()
            .toString();
    return Encode.jsonForScript(json);
  }

  private static int indexOf(StatTable table, String key) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
