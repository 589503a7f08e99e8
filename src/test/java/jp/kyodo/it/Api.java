package jp.kyodo.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JSON-over-HTTP client for the tests. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  /** A response with its status, headers and body. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    /** The media type without parameters such as charset. */
    public String mediaType() {
      String type = header("Content-Type");
      return type == null ? null : type.split(";")[0].strip();
    }

    /** The field names of a 400 problem's errors. */
    public List<String> errorFields() {
      JsonObject problem = json();
      if (!problem.containsKey("errors")) {
        return List.of();
      }
      return problem.getJsonArray("errors").stream()
          .map(v -> v.asJsonObject().getString("field"))
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public static Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public static Reply get(String path, String token, String acceptLanguage) {
    return send(request(path, token).header("Accept-Language", acceptLanguage).GET());
  }

  public static Reply post(String path, String json, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Reply put(String path, String json, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(KyodoServer.baseUrl() + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  /** A JSON object from alternating keys and values; null values are sent as JSON null. */
  public static String json(Object... keysAndValues) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value == null) {
        builder.add(key, JsonValue.NULL);
      } else if (value instanceof Number n) {
        builder.add(key, n.longValue());
      } else if (value instanceof Boolean bool) {
        builder.add(key, bool);
      } else if (value instanceof List<?> list) {
        var array = Json.createArrayBuilder();
        list.forEach(v -> array.add(String.valueOf(v)));
        builder.add(key, array);
      } else {
        builder.add(key, String.valueOf(value));
      }
    }
    return builder.build().toString();
  }
}
