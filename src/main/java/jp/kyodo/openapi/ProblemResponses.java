package jp.kyodo.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem+json answers (RFC 9457) in the document: a shared {@code Problem} schema, one
 * component response per status, and per operation the ones it can give. What an operation's
 * resource method declares with @APIResponse (its own 403, 409, 422, 429 and their meaning) is kept
 * and given the Problem body.
 */
final class ProblemResponses {
  /** 401 on an operation nobody needs to sign in for: only a bad token causes it. */
  static final int INVALID_TOKEN = -401;

  static final String PROBLEM = "Problem";
  private static final String REF = "#/components/responses/";

  /** Component name, description and example of each standard answer. */
  private record Standard(String name, String description, Map<String, Object> example) {}

  private static final Map<Integer, Standard> STANDARD = new LinkedHashMap<>();

  static {
    STANDARD.put(
        400,
        new Standard(
            "BadRequest",
            "The request is malformed or a field is invalid; `errors` names each field.",
            example(
                400,
                "invalid_input",
                "入力内容に誤りがあります",
                "入力内容を確認してください。",
                List.of(Map.of("field", "body", "message", "入力してください。")))));
    STANDARD.put(
        401,
        new Standard(
            "Unauthorized",
            "Not signed in: no bearer token, or one that is invalid, expired or revoked.",
            example(401, "authentication_required", "サインインが必要です", "この操作にはサインインが必要です。", null)));
    STANDARD.put(
        INVALID_TOKEN,
        new Standard(
            "InvalidToken",
            "An Authorization header was sent with a token that is invalid, expired or revoked"
                + " (send none to call this operation anonymously).",
            example(
                401,
                "authentication_required",
                "サインインが必要です",
                "アクセストークンが無効か期限切れです。もう一度サインインしてください。",
                null)));
    STANDARD.put(
        404,
        new Standard(
            "NotFound",
            "Nothing with this id, or nothing the caller may see.",
            example(404, "not_found", "見つかりません", "お探しのもの（comment）は見つかりませんでした。", null)));
    STANDARD.put(
        415,
        new Standard(
            "UnsupportedMediaType",
            "The body is not sent as application/json.",
            example(
                415,
                "http_415",
                "送信形式に対応していません",
                "送信形式に対応していません。Content-Type: application/json で送信してください。",
                null)));
    STANDARD.put(
        413,
        new Standard(
            "PayloadTooLarge",
            "The body is larger than this operation takes (64 KiB; comments 128 KiB; topics and"
                + " the ward's answers 256 KiB).",
            example(
                413, "payload_too_large", "送信内容が大きすぎます", "送信内容が大きすぎます。64 KiB 以内にしてください。", null)));
    STANDARD.put(
        503,
        new Standard(
            "ServiceUnavailable",
            "The database cannot be reached for a moment; retry after `Retry-After` seconds"
                + " (a POST with the same `Idempotency-Key` is safe to retry).",
            example(
                503,
                "service_unavailable",
                "ただいま利用できません",
                "データベースに接続できないため、一時的に処理できません。しばらくしてからもう一度お試しください。",
                null)));
    STANDARD.put(
        500,
        new Standard(
            "InternalError",
            "A fault on the server; `errorId` is also in the server log.",
            example(
                500,
                "internal_error",
                "サーバーで問題が発生しました",
                "サーバーで問題が発生しました。お問い合わせの際はエラー番号"
                    + " 0f8a3c2e-5b1d-4e7a-9c6f-2d4b8e1a7f30 をお知らせください。",
                null)));
  }

  private static Map<String, Object> example(
      int status, String code, String title, String detail, List<Map<String, String>> errors) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "urn:kyodo:problem:" + code);
    e.put("title", title);
    e.put("status", status);
    e.put("detail", detail);
    e.put("code", code);
    if (errors != null) {
      e.put("errors", errors);
    }
    if (status == 500) {
      e.put("errorId", "0f8a3c2e-5b1d-4e7a-9c6f-2d4b8e1a7f30");
    }
    return e;
  }

  private final APIResponses responses;

  ProblemResponses(APIResponses responses) {
    this.responses = responses;
  }

  /** The Problem schema and the standard responses, once per document. */
  static void addComponents(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    Components components = api.getComponents();
    components.addSchema("FieldProblem", fieldProblem());
    components.addSchema(PROBLEM, problem());
    STANDARD.forEach(
        (status, s) -> {
          APIResponse response =
              OASFactory.createAPIResponse()
                  .description(s.description())
                  .content(problemContent(s.example()));
          if (status == 503) {
            response.addHeader(
                "Retry-After",
                OASFactory.createHeader()
                    .description("Seconds to wait before trying again.")
                    .schema(
                        OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")));
          }
          components.addResponse(s.name(), response);
        });
  }

  /** Adds the standard answer for {@code status} unless the operation declares its own. */
  void add(int status) {
    String code = String.valueOf(Math.abs(status));
    if (declared(code)) {
      return;
    }
    responses.addAPIResponse(
        code, OASFactory.createAPIResponse().ref(REF + STANDARD.get(status).name()));
  }

  /** 422 when an Idempotency-Key is used again for a different request. */
  void addIdempotencyConflict() {
    String reuse =
        "`idempotency_key_reused`: this Idempotency-Key was already used for a different request.";
    APIResponse declared = responses.getAPIResponse("422");
    if (declared == null) {
      responses.addAPIResponse("422", OASFactory.createAPIResponse().description(reuse));
    } else {
      String own = declared.getDescription().strip();
      declared.setDescription(own + (own.endsWith(".") ? " " : ". ") + "Also " + reuse);
    }
  }

  /** A replayed answer says so in {@code Idempotent-Replayed: true}. */
  void addReplayHeader() {
    Header replayed =
        OASFactory.createHeader()
            .description(
                "`true` when this is the stored answer to an earlier request with the same"
                    + " Idempotency-Key; nothing was written again.")
            .schema(OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN));
    responses.getAPIResponses().entrySet().stream()
        .filter(r -> r.getKey().startsWith("2"))
        .forEach(r -> r.getValue().addHeader("Idempotent-Replayed", replayed));
  }

  /** Declared problem answers (4xx, 5xx) without a body get the Problem body. */
  void completeDeclared() {
    for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
      APIResponse response = r.getValue();
      boolean problem = r.getKey().startsWith("4") || r.getKey().startsWith("5");
      if (!problem || response.getRef() != null) {
        continue;
      }
      if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
        response.setContent(problemContent(null));
      }
      if (response.getDescription() == null || response.getDescription().isBlank()) {
        response.setDescription(reason(r.getKey()));
      }
      if (r.getKey().equals("429")) {
        response.addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")));
      }
    }
  }

  private boolean declared(String code) {
    return responses.getAPIResponses() != null && responses.getAPIResponses().containsKey(code);
  }

  /** The {@code Idempotency-Key} request header of the POSTs that create something. */
  static Parameter idempotencyKey() {
    return OASFactory.createParameter()
        .name("Idempotency-Key")
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retry safe: the same key with the same request gets the first answer again"
                + " (with `Idempotent-Replayed: true`) and nothing is written twice; the same key"
                + " with a different request is 422. Keys belong to the signed-in participant (a registration's to nobody) and"
                + " are kept for a day. A UUID is the usual choice.")
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(255)
                .pattern("^[\\x21-\\x7E]+$"))
        .example("5f0c6a52-3b8e-4c1e-9a57-0d2f4b6e8c91");
  }

  static String reason(String code) {
    return switch (code) {
      case "200" -> "OK";
      case "201" -> "Created";
      case "202" -> "Accepted";
      case "204" -> "No Content";
      case "400" -> "Bad Request";
      case "401" -> "Unauthorized";
      case "403" -> "Forbidden";
      case "404" -> "Not Found";
      case "409" -> "Conflict";
      case "413" -> "Payload Too Large";
      case "415" -> "Unsupported Media Type";
      case "422" -> "Unprocessable Content";
      case "429" -> "Too Many Requests";
      case "500" -> "Internal Server Error";
      case "503" -> "Service Unavailable";
      default -> "Response";
    };
  }

  private static Content problemContent(Map<String, Object> example) {
    var media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM));
    if (example != null) {
      media.setExample(example);
    }
    return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }

  private static Schema fieldProblem() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("One invalid field of a 400.")
        .required(new ArrayList<>(List.of("field", "message")))
        .addProperty("field", string("The field, as named in the request (`body` for the whole)."))
        .addProperty("message", string("What is wrong, in the caller's language."));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem. Messages are Japanese unless Accept-Language asks for English.")
        .required(new ArrayList<>(List.of("type", "title", "status", "detail", "code")))
        .addProperty("type", string("`urn:kyodo:problem:` followed by the code.").format("uri"))
        .addProperty("title", string("The status in words."))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599)))
        .addProperty("detail", string("What happened and what to do, for a person."))
        .addProperty(
            "code",
            string("A stable machine-readable reason, e.g. `stale_version`, `already_reported`."))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("For 400: each invalid field.")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldProblem")))
        .addProperty("errorId", string("For 500: the id of the entry in the server log."));
  }
}
