package jp.kyodo.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.platform.Required;
import jp.kyodo.platform.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** What the document filter reads from the Java code, checked without a server. */
class ApiModelTest {
  private static final ApiModel MODEL =
      ApiModel.of(RestApplication.class, ApiModel.resourceClassesBeside(RestApplication.class));

  @Test
  void readsEveryResourceMethodWithItsOpenApiPath() {
    assertTrue(MODEL.operations().size() >= 60, "operations: " + MODEL.operations().size());
    for (ApiModel.ApiOperation op : MODEL.operations()) {
      assertTrue(op.path().startsWith("/api/v1/"), op.path());
      assertFalse(op.path().contains(":"), op.path());
    }
    ApiModel.ApiOperation comment = MODEL.operation("GET", "/api/v1/comments/{id}").orElseThrow();
    assertEquals(Map.of("id", "[0-9]+"), comment.pathPatterns());
    assertTrue(comment.hasIdInPath());
  }

  @Test
  void removesRegexesFromTemplates() {
    Map<String, String> patterns = new LinkedHashMap<>();
    assertEquals("/a/{id}/b/{code}", ApiModel.withoutRegex("/a/{id: [0-9]{3}}/b/{code}", patterns));
    assertEquals(Map.of("id", "[0-9]{3}"), patterns);
  }

  @Test
  void noTwoClassesShareASchemaName() {
    assertEquals(Map.of(), MODEL.collisions());
  }

  @Test
  void everyOperationHasItsOwnOperationId() {
    Set<String> ids = new HashSet<>();
    for (ApiModel.ApiOperation op : MODEL.operations()) {
      Operation operation = op.method().getAnnotation(Operation.class);
      String where = op.httpMethod() + " " + op.path();
      assertTrue(operation != null && !operation.operationId().isBlank(), where);
      assertTrue(operation.summary().length() > 0, where);
      assertTrue(ids.add(operation.operationId()), where + " repeats " + operation.operationId());
    }
  }

  /** A method that builds its Response says which success it answers: the filter cannot know. */
  @Test
  void methodsReturningAResponseDeclareTheirSuccess() {
    for (ApiModel.ApiOperation op : MODEL.operations()) {
      if (op.method().getReturnType() == Response.class) {
        assertTrue(
            Arrays.stream(op.method().getAnnotationsByType(APIResponse.class))
                .anyMatch(r -> r.responseCode().startsWith("2")),
            op.httpMethod() + " " + op.path());
      }
    }
  }

  @Test
  void theVocabularyNamesRealFields() {
    ApiVocabulary.componentsWithCodes()
        .forEach(
            (record, fields) -> {
              assertTrue(MODEL.schemaClasses().containsValue(record), record.getName());
              Set<String> components = components(record);
              assertTrue(components.containsAll(fields), record + " has no " + fields);
            });
  }

  @Test
  void examplesAreCompleteRequests() {
    ApiVocabulary.examples()
        .forEach(
            (record, example) -> {
              assertTrue(MODEL.requestClasses().contains(record), record.getName());
              assertTrue(components(record).containsAll(example.keySet()), record.getName());
              Set<String> required =
                  Arrays.stream(record.getRecordComponents())
                      .filter(c -> c.isAnnotationPresent(Required.class))
                      .map(RecordComponent::getName)
                      .collect(Collectors.toSet());
              assertTrue(example.keySet().containsAll(required), record + " lacks " + required);
            });
  }

  private static Set<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toSet());
  }
}
