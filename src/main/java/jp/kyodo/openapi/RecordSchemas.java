package jp.kyodo.openapi;

import jakarta.json.bind.annotation.JsonbNillable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.kyodo.platform.CleanText;
import jp.kyodo.platform.Required;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The document's schemas, built from the Java records they describe (the generator's own are
 * incomplete: longs as {@code number}, dates as objects, no required fields, and broken by
 * {@code @Schema} on record components). Requests: a field is required when it is
 * {@code @Required}, and text is limited to its {@code @CleanText} maximum. Answers: a field is
 * always there when it is a primitive (JSON-B leaves out null fields, except in
 * {@code @JsonbNillable} records, where every field is present and may be null). Fields holding
 * codes list them.
 */
final class RecordSchemas {
  static final String REF = "#/components/schemas/";

  private final ApiModel model;

  RecordSchemas(ApiModel model) {
    this.model = model;
  }

  /** Builds (or rebuilds) the schema of every class the API exchanges. */
  void apply(Components components) {
    model
        .schemaClasses()
        .forEach(
            (name, type) -> {
              if (type.isRecord()) {
                components.addSchema(name, build(type));
              }
            });
  }

  private Schema build(Class<?> record) {
    boolean request = model.requestClasses().contains(record);
    boolean nillable = record.isAnnotationPresent(JsonbNillable.class);
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      Schema property = schemaOf(component.getGenericType());
      boolean primitive = component.getType().isPrimitive();
      if (request) {
        if (component.isAnnotationPresent(Required.class)
            || ApiVocabulary.alsoRequired(record, name)) {
          required.add(name);
        }
        CleanText text = component.getAnnotation(CleanText.class);
        if (text != null && component.getType() == String.class) {
          property.setMaxLength(text.max());
        }
      } else if (primitive || nillable) {
        required.add(name);
      }
      if (nillable && !primitive && property.getRef() == null) {
        property.setNullable(true);
      }
      ApiVocabulary.codesOf(record, name)
          .ifPresent(
              codes -> {
                Schema target =
                    property.getType() == Schema.SchemaType.ARRAY ? property.getItems() : property;
                target.setEnumeration(new ArrayList<>(codes));
              });
      schema.addProperty(name, property);
    }
    if (!required.isEmpty()) {
      schema.setRequired(required);
    }
    return schema;
  }

  /** The schema of a Java type: records by reference, lists as arrays, maps as objects. */
  static Schema schemaOf(Type type) {
    if (type instanceof WildcardType w) {
      return schemaOf(w.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] arguments = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(Schema.SchemaType.ARRAY)
            .items(schemaOf(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        Schema map = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        if (arguments[1] != Object.class) {
          map.setAdditionalPropertiesSchema(schemaOf(arguments[1]));
        }
        return map;
      }
      return schemaOf(raw);
    }
    if (!(type instanceof Class<?> c)) {
      return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
    if (c.isArray()) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.ARRAY)
          .items(schemaOf(c.getComponentType()));
    }
    if (c == String.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
    if (c == boolean.class || c == Boolean.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }
    if (c == long.class || c == Long.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
    }
    if (c == double.class || c == Double.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
    }
    if (c == float.class || c == Float.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("float");
    }
    if (c == BigDecimal.class || c == Number.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
    }
    if (c == OffsetDateTime.class) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.STRING)
          .format("date-time")
          .example("2026-12-01T09:00:00+09:00");
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.STRING)
          .format("date")
          .example("2026-12-01");
    }
    if (c.isEnum()) {
      List<Object> names = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(names);
    }
    if (c.getName().startsWith("java.") || c == Object.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
    return OASFactory.createSchema().ref(REF + ApiModel.schemaName(c));
  }
}
