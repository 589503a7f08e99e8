package jp.kyodo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kyodo.comment.Stance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API document at /openapi, which the ward's other touchpoints build their clients on: valid
 * for two OpenAPI tools (swagger-parser from Maven Central, always; the Redocly linter with its
 * recommended rules where Node.js is installed, and always under CI), free of the defects a linter
 * found before (regex path templates, operations without security, repeated operationIds,
 * undocumented errors, undescribed and repeated tags), complete (codes, required fields, examples)
 * and true: what it declares is what the API answers.
 */
@ExtendWith(KyodoServer.class)
class OpenApiIT {
  private static final Path LINTER = Path.of("src/test/openapi");
  private static final Path WORK = Path.of("target/openapi-lint");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private static String yaml;
  private static String json;
  private static JsonObject doc;

  @BeforeAll
  static void fetch() throws IOException {
    Api.Reply asYaml = Api.send(Api.request("/openapi", null).GET());
    assertEquals(200, asYaml.status(), asYaml.body());
    yaml = asYaml.body();
    Api.Reply asJson =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET());
    assertEquals(200, asJson.status(), asJson.body());
    json = asJson.body();
    doc = asJson.json();
    Files.createDirectories(WORK);
    Files.writeString(WORK.resolve("openapi.json"), json, StandardCharsets.UTF_8);
    Files.writeString(WORK.resolve("openapi.yaml"), yaml, StandardCharsets.UTF_8);
  }

  // --- the linters ---

  @Test
  void swaggerParserFindsNothingToReport() {
    for (String text : List.of(yaml, json)) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
      assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
      assertEquals(List.of(), result.getMessages());
    }
  }

  @Test
  void redoclyLintReportsNoError() throws Exception {
    Path redocly = installRedocly();
    for (String file : List.of("openapi.json", "openapi.yaml")) {
      Process lint =
          new ProcessBuilder(
                  redocly.toString(),
                  "lint",
                  WORK.resolve(file).toString(),
                  "--config",
                  LINTER.resolve("redocly.yaml").toString(),
                  "--format=json")
              .redirectError(WORK.resolve("redocly-" + file + ".log").toFile())
              .start();
      String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(lint.waitFor(3, TimeUnit.MINUTES), "redocly lint did not finish");
      Files.writeString(WORK.resolve("redocly-" + file + ".json"), out);
      JsonObject report = Json.createReader(new StringReader(out)).readObject();
      List<String> errors = new ArrayList<>();
      for (JsonValue p : report.getJsonArray("problems")) {
        JsonObject problem = p.asJsonObject();
        String line = problem.getString("ruleId") + ": " + problem.getString("message");
        if (problem.getString("severity").equals("error")) {
          errors.add(line);
        } else {
          System.out.println("Redocly warning on " + file + ": " + line);
        }
      }
      assertEquals(List.of(), errors, "Redocly errors on " + file);
      assertEquals(0, report.getJsonObject("totals").getInt("errors"));
    }
  }

  /** Redocly CLI, pinned by package-lock.json, installed once into target/. */
  private static Path installRedocly() throws Exception {
    Path bin = WORK.resolve("node_modules/.bin/redocly");
    Path lock = WORK.resolve("package-lock.json");
    byte[] wanted = Files.readAllBytes(LINTER.resolve("package-lock.json"));
    if (Files.isExecutable(bin)
        && Files.exists(lock)
        && Files.mismatch(lock, LINTER.resolve("package-lock.json")) == -1) {
      return bin;
    }
    if (!onPath("npm")) {
      if ("true".equals(System.getenv("CI"))) {
        fail("npm is needed for the OpenAPI lint under CI (.ci/run installs nodejs and npm)");
      }
      Assumptions.abort("npm not installed: Redocly lint skipped (swagger-parser still ran)");
    }
    Files.copy(
        LINTER.resolve("package.json"),
        WORK.resolve("package.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.write(lock, wanted);
    Process install =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("npm-ci.log").toFile())
            .start();
    assertTrue(install.waitFor(10, TimeUnit.MINUTES), "npm ci did not finish");
    assertEquals(
        0, install.exitValue(), "npm ci failed: " + Files.readString(WORK.resolve("npm-ci.log")));
    return bin;
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  // --- the defects the linter found ---

  @Test
  void pathsAreOpenApiTemplatesWithTheirParameters() {
    Pattern template = Pattern.compile("\\{([^}]*)}");
    eachOperation(
        (where, op) -> {
          String path = where.split(" ", 2)[1];
          Matcher m = template.matcher(path);
          Set<String> declared =
              parameters(op, "path").stream()
                  .map(p -> p.getString("name"))
                  .collect(Collectors.toSet());
          while (m.find()) {
            String name = m.group(1);
            assertTrue(name.matches("[A-Za-z][A-Za-z0-9]*"), where + ": template {" + name + "}");
            assertTrue(declared.contains(name), where + ": {" + name + "} not declared");
          }
        });
    // the numeric ids JAX-RS matches with [0-9]+ are integers in the document
    JsonObject id =
        parameters(operation("get", "/api/v1/comments/{id}"), "path")
            .get(0)
            .getJsonObject("schema");
    assertEquals("integer", id.getString("type"));
    assertEquals("int64", id.getString("format"));
  }

  @Test
  void operationIdsAreUnique() {
    Set<String> seen = new HashSet<>();
    eachOperation(
        (where, op) -> {
          String id = op.getString("operationId", "");
          assertFalse(id.isBlank(), where + " has no operationId");
          assertTrue(seen.add(id), where + " repeats operationId " + id);
        });
    assertTrue(seen.size() >= 60, "operations: " + seen.size());
  }

  @Test
  void everyOperationDeclaresItsSecurity() {
    assertEquals(
        "bearer",
        doc.getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("bearer")
            .getString("scheme"));
    eachOperation(
        (where, op) -> {
          assertTrue(op.containsKey("security"), where + " declares no security");
          for (JsonValue requirement : op.getJsonArray("security")) {
            for (String scheme : requirement.asJsonObject().keySet()) {
              assertEquals("bearer", scheme, where);
            }
          }
        });
    assertTrue(needsToken(operation("post", "/api/v1/topics/{topicId}/comments")));
    assertTrue(needsToken(operation("delete", "/api/v1/auth/token")));
    assertFalse(needsToken(operation("get", "/api/v1/topics")));
    assertFalse(needsToken(operation("post", "/api/v1/participants")));
  }

  @Test
  void everyOperationDocumentsItsProblems() {
    eachOperation(
        (where, op) -> {
          JsonObject responses = op.getJsonObject("responses");
          assertTrue(
              responses.keySet().stream().anyMatch(c -> c.startsWith("2")), where + ": no 2xx");
          assertFalse(responses.containsKey("default"), where + ": a default response");
          assertTrue(responses.containsKey("401"), where + ": no 401");
          assertTrue(responses.containsKey("500"), where + ": no 500");
          assertTrue(responses.containsKey("400"), where + ": parameters are checked, but no 400");
          assertTrue(responses.containsKey("503"), where + ": no 503 for a database outage");
          if (op.containsKey("requestBody")) {
            assertTrue(responses.containsKey("413"), where + ": a body but no 413");
            assertTrue(responses.containsKey("415"), where + ": a body but no 415");
          }
          if (parameters(op, "path").stream()
              .anyMatch(p -> p.getJsonObject("schema").getString("type").equals("integer"))) {
            assertTrue(responses.containsKey("404"), where + ": an id but no 404");
          }
          for (String code : responses.keySet()) {
            JsonObject response = resolve(responses.getJsonObject(code));
            assertFalse(response.getString("description", "").isBlank(), where + " " + code);
            if (code.startsWith("4") || code.startsWith("5")) {
              assertEquals(
                  "#/components/schemas/Problem",
                  response
                      .getJsonObject("content")
                      .getJsonObject("application/problem+json")
                      .getJsonObject("schema")
                      .getString("$ref"),
                  where + " " + code);
            }
          }
        });
    JsonObject problem = schema("Problem");
    assertEquals(Set.of("type", "title", "status", "detail", "code"), strings(problem, "required"));
    assertTrue(problem.getJsonObject("properties").containsKey("errors"));
    assertTrue(problem.getJsonObject("properties").containsKey("errorId"));
    // what a resource method declares keeps its meaning
    JsonObject report = operation("post", "/api/v1/comments/{id}/reports");
    assertTrue(
        report
            .getJsonObject("responses")
            .getJsonObject("409")
            .getString("description")
            .contains("already_reported"));
  }

  @Test
  void tagsAreListedOnceWithADescription() {
    Set<String> names = new HashSet<>();
    for (JsonValue t : doc.getJsonArray("tags")) {
      JsonObject tag = t.asJsonObject();
      assertTrue(names.add(tag.getString("name")), "tag twice: " + tag.getString("name"));
      assertFalse(tag.getString("description", "").isBlank(), tag.getString("name"));
    }
    eachOperation(
        (where, op) ->
            op.getJsonArray("tags")
                .forEach(t -> assertTrue(names.contains(((JsonString) t).getString()), where)));
  }

  @Test
  void onlyOpenApiFieldsAndAServerWithoutTrailingSlash() {
    assertFalse(doc.containsKey("endpoints"), "Payara's endpoints list");
    String server = doc.getJsonArray("servers").getJsonObject(0).getString("url");
    assertEquals(KyodoServer.baseUrl(), server);
  }

  // --- complete ---

  @Test
  void stanceValuesAreDiscoverable() {
    List<String> stances = List.of(Stance.values()).stream().map(Stance::code).toList();
    assertEquals(stances, enumOf(schema("NewOpinion"), "stance"));
    assertEquals(stances, enumOf(schema("CommentView"), "stance"));
    assertEquals(List.of("agree", "disagree"), enumOf(schema("Reaction"), "kind"));
    assertEquals(
        List.of("spam", "abuse", "personal_info", "off_topic", "illegal", "other"),
        enumOf(schema("Report"), "reason"));
    assertEquals(
        List.of("hide", "dismiss", "restore", "approve", "reject"),
        enumOf(schema("Decide"), "action"));
    assertEquals(List.of("warn", "suspend", "ban"), enumOf(schema("Sanction"), "kind"));
    assertEquals(
        List.of("draft", "open", "closed", "archived"), enumOf(schema("TopicView"), "status"));
    JsonObject sort =
        parameters(operation("get", "/api/v1/topics/{topicId}/comments"), "query").stream()
            .filter(p -> p.getString("name").equals("sort"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("schema");
    assertEquals(Set.of("oldest", "newest", "agreed"), strings(sort, "enum"));
  }

  @Test
  void requiredFieldsAreDeclared() {
    assertEquals(Set.of("body"), strings(schema("NewOpinion"), "required"));
    assertEquals(
        Set.of(
            "email", "password", "displayName", "acceptedTermsVersion", "acceptedPrivacyVersion"),
        strings(schema("Registration"), "required"));
    assertTrue(strings(schema("TopicContent"), "required").containsAll(Set.of("title", "body")));
    assertEquals(Set.of("reason"), strings(schema("Report"), "required"));
    // answers: what is always there (JSON-B leaves out null fields)
    assertTrue(strings(schema("CommentView"), "required").containsAll(Set.of("id", "version")));
    assertFalse(strings(schema("CommentView"), "required").contains("parentId"));
    // ids are integers, not numbers
    assertEquals(
        "integer",
        schema("CommentView").getJsonObject("properties").getJsonObject("id").getString("type"));
    JsonObject body = schema("NewOpinion").getJsonObject("properties").getJsonObject("body");
    assertTrue(body.getInt("maxLength") > 0);
  }

  @Test
  void mainRequestBodiesHaveExamples() {
    for (String[] op :
        new String[][] {
          {"post", "/api/v1/participants"},
          {"post", "/api/v1/auth/token"},
          {"post", "/api/v1/topics"},
          {"post", "/api/v1/topics/{topicId}/comments"},
          {"post", "/api/v1/comments/{id}/replies"},
          {"post", "/api/v1/comments/{id}/reports"},
          {"post", "/api/v1/topics/{id}/reports"}
        }) {
      JsonObject media =
          operation(op[0], op[1])
              .getJsonObject("requestBody")
              .getJsonObject("content")
              .getJsonObject("application/json");
      assertTrue(media.containsKey("example"), op[0] + " " + op[1]);
    }
  }

  @Test
  void idempotentPostsDocumentTheirKey() {
    JsonObject post = operation("post", "/api/v1/topics/{topicId}/comments");
    assertTrue(
        parameters(post, "header").stream()
            .anyMatch(p -> p.getString("name").equals("Idempotency-Key")));
    assertTrue(
        post.getJsonObject("responses")
            .getJsonObject("422")
            .getString("description")
            .contains("idempotency_key_reused"));
  }

  // --- true ---

  /** Every operation, sent a token that is not valid, answers the documented 401 problem. */
  @Test
  void everyOperationRefusesABadTokenAsDocumented() {
    eachOperation(
        (where, op) -> {
          Api.Reply reply = call(where, op, "not-a-valid-token");
          assertEquals(401, reply.status(), where + " " + reply.body());
          assertEquals("application/problem+json", reply.mediaType(), where);
        });
  }

  /** An operation that declares the bearer token refuses a caller without one. */
  @Test
  void operationsThatNeedATokenRefuseAnonymousCallers() {
    eachOperation(
        (where, op) -> {
          if (!needsToken(op)) {
            return;
          }
          Api.Reply reply = call(where, op, null);
          boolean documentedNotFound = op.getJsonObject("responses").containsKey("404");
          assertTrue(
              reply.status() == 401 || (documentedNotFound && reply.status() == 404),
              where + " answered " + reply);
          assertEquals("application/problem+json", reply.mediaType(), where);
        });
  }

  /** An operation that needs no token answers an anonymous caller without asking for one. */
  @Test
  void anonymousReadsNeedNoToken() {
    eachOperation(
        (where, op) -> {
          if (needsToken(op) || !where.startsWith("get ")) {
            return;
          }
          Api.Reply reply = call(where, op, null);
          assertTrue(reply.status() != 401 && reply.status() < 500, where + " " + reply);
        });
  }

  /** Ids that are not numbers, or too large for one, are a 404 problem (never a 500). */
  @Test
  void malformedIdsAreNotFoundProblems() {
    for (String path :
        List.of(
            "/api/v1/comments/abc",
            "/api/v1/comments/99999999999999999999",
            "/api/v1/topics/1x/comments",
            "/api/v1/stats/topics/abc")) {
      Api.Reply reply = Api.get(path, null);
      assertEquals(404, reply.status(), path + " " + reply.body());
      assertEquals("application/problem+json", reply.mediaType(), path);
    }
  }

  /** Each documented stance is accepted; anything else is the documented 400. */
  @Test
  void theDocumentedStancesAreTheOnesAccepted() {
    long topic = Forum.openTopic("OpenAPI の立場の確認");
    String token = Accounts.confirmed("openapi").token();
    for (String stance : enumOf(schema("NewOpinion"), "stance")) {
      Api.Reply posted =
          Api.post(
              "/api/v1/topics/" + topic + "/comments",
              Api.json("body", "立場 " + stance + " の意見です。", "stance", stance),
              token);
      assertEquals(201, posted.status(), stance + " " + posted.body());
      assertEquals(stance, posted.json().getString("stance"));
    }
    Api.Reply refused =
        Api.post(
            "/api/v1/topics/" + topic + "/comments",
            Api.json("body", "立場が不明な意見です。", "stance", "maybe"),
            token);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(List.of("stance"), refused.errorFields());
  }

  // --- helpers ---

  private static Api.Reply call(String where, JsonObject op, String token) {
    String[] parts = where.split(" ", 2);
    String path = parts[1].replaceAll("\\{[^}]+}", "1");
    HttpRequest.Builder request = Api.request(path, token);
    HttpRequest.BodyPublisher body =
        op.containsKey("requestBody")
            ? HttpRequest.BodyPublishers.ofString("{}")
            : HttpRequest.BodyPublishers.noBody();
    if (op.containsKey("requestBody")) {
      request.header("Content-Type", "application/json");
    }
    return Api.send(request.method(parts[0].toUpperCase(), body));
  }

  private static boolean needsToken(JsonObject op) {
    return op.getJsonArray("security").stream().noneMatch(r -> r.asJsonObject().isEmpty());
  }

  private static void eachOperation(BiConsumer<String, JsonObject> check) {
    JsonObject paths = doc.getJsonObject("paths");
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (METHODS.contains(op.getKey())) {
          check.accept(op.getKey() + " " + path.getKey(), op.getValue().asJsonObject());
        }
      }
    }
  }

  private static JsonObject operation(String method, String path) {
    JsonObject item = doc.getJsonObject("paths").getJsonObject(path);
    assertNotNull(item, path);
    return item.getJsonObject(method);
  }

  private static List<JsonObject> parameters(JsonObject op, String in) {
    JsonArray all = op.getJsonArray("parameters");
    if (all == null) {
      return List.of();
    }
    return all.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("in").equals(in))
        .toList();
  }

  private static JsonObject schema(String name) {
    JsonObject schema =
        doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    assertNotNull(schema, name);
    return schema;
  }

  private static JsonObject resolve(JsonObject maybeRef) {
    if (!maybeRef.containsKey("$ref")) {
      return maybeRef;
    }
    String[] ref = maybeRef.getString("$ref").split("/");
    return doc.getJsonObject("components").getJsonObject(ref[2]).getJsonObject(ref[3]);
  }

  private static List<String> enumOf(JsonObject schema, String property) {
    JsonObject p = schema.getJsonObject("properties").getJsonObject(property);
    assertNotNull(p.getJsonArray("enum"), property + " lists no codes");
    return p.getJsonArray("enum").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Set<String> strings(JsonObject object, String key) {
    JsonArray array = object.getJsonArray(key);
    return array == null
        ? Set.of()
        : array.getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet());
  }
}
