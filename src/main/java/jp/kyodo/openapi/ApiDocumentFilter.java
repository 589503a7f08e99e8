package jp.kyodo.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.CsvUpload;
import jp.kyodo.platform.RestApplication;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the generated OpenAPI document valid and complete (registered as {@code mp.openapi.filter}
 * in META-INF/microprofile-config.properties). The generator writes JAX-RS regex templates as
 * paths, leaves anonymous operations without a security declaration, lists a tag once per class,
 * types Java longs as {@code number}, knows nothing of {@code @Required}, and documents no errors;
 * it also adds a top-level {@code endpoints} property that OpenAPI does not allow. Here, per
 * operation: OpenAPI path templates (the regex becomes the parameter's schema), a security
 * declaration, the Idempotency-Key header, the success response from the Java return type, and
 * every problem+json answer; per schema: integer types, required fields, codes and maximum lengths,
 * from the Java records themselves ({@link ApiModel}, {@link ApiVocabulary}).
 */
public class ApiDocumentFilter implements OASFilter {
  private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());
  static final String BEARER = "bearer";

  private final ApiModel model;

  public ApiDocumentFilter() {
    this(readModel());
  }

  /** Without the model the document still gets valid paths, security and problems. */
  private static ApiModel readModel() {
    try {
      return ApiModel.of(
          RestApplication.class, ApiModel.resourceClassesBeside(RestApplication.class));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "OpenAPI: could not read the resource classes", e);
      return ApiModel.of(RestApplication.class, List.of());
    }
  }

  ApiDocumentFilter(ApiModel model) {
    this.model = model;
    model
        .collisions()
        .forEach(
            (name, classes) ->
                LOG.warning(
                    "OpenAPI: classes "
                        + classes
                        + " share the schema name "
                        + name
                        + "; give each a @Schema(name)"));
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    dropPayaraEndpoints(api);
    servers(api);
    tags(api);
    ProblemResponses.addComponents(api);
    paths(api);
    new RecordSchemas(model).apply(api.getComponents());
    // a CSV body is text, described where it is sent (csvBody), not as a record
    api.getComponents().removeSchema(CsvUpload.class.getSimpleName());
  }

  /** Payara's own top-level {@code endpoints} list is not an OpenAPI field: empty it. */
  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      Object endpoints = api.getClass().getMethod("getEndpoints").invoke(api);
      if (endpoints instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "no Payara endpoints list to drop", e);
    }
  }

  /** The public address (kyodo.public-url), without the trailing slash OpenAPI tools refuse. */
  private static void servers(OpenAPI api) {
    String url =
        ConfigProvider.getConfig()
            .getOptionalValue("kyodo.public-url", String.class)
            .orElse("http://localhost:8080")
            .strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    api.setServers(
        new ArrayList<>(
            List.of(OASFactory.createServer().url(url).description("This Kyodo server"))));
  }

  /** One entry per tag (the generator adds one per class), with its description. */
  private static void tags(OpenAPI api) {
    if (api.getTags() == null) {
      return;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag tag : api.getTags()) {
      Tag known = byName.get(tag.getName());
      if (known == null || (known.getDescription() == null && tag.getDescription() != null)) {
        byName.put(tag.getName(), tag);
      }
    }
    api.setTags(new ArrayList<>(byName.values()));
  }

  private void paths(OpenAPI api) {
    Map<String, PathItem> items = new LinkedHashMap<>(api.getPaths().getPathItems());
    for (Map.Entry<String, PathItem> entry : items.entrySet()) {
      Map<String, String> patterns = new LinkedHashMap<>();
      String path = ApiModel.withoutRegex(entry.getKey(), patterns);
      PathItem item = entry.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
        operation(path, op.getKey().name(), op.getValue(), patterns);
      }
      if (!path.equals(entry.getKey())) {
        api.getPaths().removePathItem(entry.getKey());
        api.getPaths().addPathItem(path, item);
      }
    }
  }

  private void operation(
      String path, String httpMethod, Operation op, Map<String, String> patterns) {
    ApiModel.ApiOperation java = model.operation(httpMethod, path).orElse(null);
    if (java == null) {
      LOG.warning("OpenAPI: no resource method found for " + httpMethod + " " + path);
    }
    boolean idempotent = java != null && java.method().isAnnotationPresent(Idempotent.class);
    List<Parameter> parameters =
        op.getParameters() == null ? List.of() : new ArrayList<>(op.getParameters());
    for (Parameter p : parameters) {
      if (p.getIn() == Parameter.In.PATH) {
        p.setRequired(true);
        p.setSchema(pathSchema(p.getSchema(), patterns.get(p.getName())));
      } else if (p.getIn() == Parameter.In.QUERY) {
        queryParameter(op.getOperationId(), p);
      } else if (p.getIn() == Parameter.In.HEADER
          && p.getName().equalsIgnoreCase("Authorization")) {
        op.removeParameter(p); // OpenAPI ignores it: the security scheme says it
      }
    }
    if (idempotent) {
      op.addParameter(ProblemResponses.idempotencyKey());
    }
    if (op.getRequestBody() != null) {
      op.getRequestBody().setRequired(true);
      if (java != null && java.requestBody() == CsvUpload.class) {
        csvBody(op);
      } else if (java != null && java.requestBody() != null) {
        op.getRequestBody()
            .getContent()
            .getMediaTypes()
            .values()
            .forEach(m -> m.setSchema(RecordSchemas.schemaOf(java.requestBody())));
        ApiVocabulary.exampleOf(java.requestBody())
            .ifPresent(
                example ->
                    op.getRequestBody().getContent().getMediaTypes().values().stream()
                        .filter(m -> m.getExample() == null)
                        .forEach(m -> m.setExample(example)));
      }
    }
    security(op);
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    success(responses, java);
    boolean secured = requiresToken(op);
    ProblemResponses problems = new ProblemResponses(responses);
    // every request's parameters are checked (platform/web/InputFilter), so any operation
    // can refuse a malformed one
    problems.add(400);
    problems.add(secured ? 401 : ProblemResponses.INVALID_TOKEN);
    if (java == null ? !patterns.isEmpty() : java.hasIdInPath()) {
      problems.add(404);
    }
    if (op.getRequestBody() != null) {
      problems.add(413);
      problems.add(415);
    }
    if (idempotent) {
      problems.addIdempotencyConflict();
      problems.addReplayHeader();
    }
    problems.add(500);
    problems.add(503);
    problems.completeDeclared();
  }

  /** {@code {id: [0-9]+}}: a non-negative integer; any other regex: a string of that pattern. */
  private static Schema pathSchema(Schema generated, String regex) {
    if (regex == null) {
      return generated == null
          ? OASFactory.createSchema().type(Schema.SchemaType.STRING)
          : generated;
    }
    if (regex.equals("[0-9]+") || regex.equals("\\d+")) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.INTEGER)
          .format("int64")
          .minimum(java.math.BigDecimal.ZERO);
    }
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^(?:" + regex + ")$");
  }

  /** A CSV file sent as the body: text (its encoding found by the reader), with an example. */
  private static void csvBody(Operation op) {
    var content = op.getRequestBody().getContent();
    new ArrayList<>(content.getMediaTypes().keySet())
        .stream()
            .filter(type -> !type.equals(CsvUpload.MEDIA_TYPE))
            .forEach(content::removeMediaType);
    content
        .getMediaTypes()
        .values()
        .forEach(
            m ->
                m.schema(
                        OASFactory.createSchema()
                            .type(Schema.SchemaType.STRING)
                            .format("binary")
                            .description(
                                "CSV, UTF-8 (with or without a byte-order mark) or Shift_JIS,"
                                    + " at most 2 MiB"))
                    .example(
                        "受付日,受付方法,受付場所,意見,年代,地区\n"
                            + "2026/11/20,紙,三軒茶屋まちづくりセンター,公園のベンチを増やしてほしい。,70代,太子堂\n"));
  }

  private static void queryParameter(String operationId, Parameter p) {
    ApiVocabulary.queryParameter(operationId, p.getName())
        .ifPresent(
            q -> {
              Schema s =
                  OASFactory.createSchema().type(Schema.SchemaType.valueOf(q.type().toUpperCase()));
              if (q.format() != null) {
                s.setFormat(q.format());
              }
              if (q.codes() != null) {
                s.setEnumeration(new ArrayList<>(q.codes()));
              }
              p.setSchema(s);
            });
  }

  /**
   * Every operation declares its security: the bearer token when it needs one, an optional token
   * where signing in changes the answer (declared with two @SecurityRequirementsSet), and none
   * ({@code [{}]}) where nobody needs to sign in.
   */
  private static void security(Operation op) {
    if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
      op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
  }

  private static boolean requiresToken(Operation op) {
    return op.getSecurity().stream()
        .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
  }

  /**
   * The success answers, with schemas from the Java code: the generator's "default" response
   * becomes 200 with the method's return type; a method that builds its Response declares its
   * answers with @APIResponse, whose content schema is taken from the annotation here (the
   * generator inlines it, or loses it).
   */
  private static void success(APIResponses responses, ApiModel.ApiOperation java) {
    Map<String, APIResponse> declared =
        responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
    boolean hasSuccess = declared.keySet().stream().anyMatch(code -> code.startsWith("2"));
    if (!hasSuccess && java != null && java.returnsEntity()) {
      APIResponse generated = declared.get(APIResponses.DEFAULT);
      APIResponse ok = OASFactory.createAPIResponse().description("OK");
      ok.setContent(
          generated != null && generated.getContent() != null
              ? generated.getContent()
              : OASFactory.createContent()
                  .addMediaType(
                      jakarta.ws.rs.core.MediaType.APPLICATION_JSON, OASFactory.createMediaType()));
      responses.addAPIResponse("200", ok);
      responses.removeAPIResponse(APIResponses.DEFAULT);
    }
    for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
      APIResponse response = r.getValue();
      if (response.getDescription() == null || response.getDescription().isBlank()) {
        response.setDescription(ProblemResponses.reason(r.getKey()));
      }
      if (!r.getKey().startsWith("2") || response.getContent() == null) {
        continue;
      }
      for (Map.Entry<String, MediaType> m : response.getContent().getMediaTypes().entrySet()) {
        m.getValue().setSchema(successSchema(java, r.getKey(), m.getKey()));
      }
    }
  }

  private static Schema successSchema(ApiModel.ApiOperation java, String code, String mediaType) {
    if (java != null) {
      for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse a :
          java.method()
              .getAnnotationsByType(
                  org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
        if (a.responseCode().equals(code)) {
          for (var content : a.content()) {
            if (content.schema().implementation() != Void.class) {
              return RecordSchemas.schemaOf(content.schema().implementation());
            }
          }
        }
      }
      if (java.returnsEntity()) {
        return RecordSchemas.schemaOf(java.method().getGenericReturnType());
      }
    }
    return OASFactory.createSchema()
        .type(mediaType.contains("json") ? Schema.SchemaType.OBJECT : Schema.SchemaType.STRING);
  }
}
