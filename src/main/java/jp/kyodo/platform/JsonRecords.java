package jp.kyodo.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodo.platform.InvalidInputException.FieldError;

/**
 * The second half of {@link StrictJson}: a parsed object into a request record, each value of its
 * component's exact type. A property that is not a component, or a value of another type, is a
 * field error; the record is still built where it can be, so that the rest can be validated.
 */
final class JsonRecords {
  private JsonRecords() {}

  /** A record type's components and canonical constructor, looked up once per type. */
  private record Shape(
      Set<String> names, RecordComponent[] components, Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          if (!type.isRecord()) {
            throw new IllegalStateException(type + " is not a request record");
          }
          RecordComponent[] components = type.getRecordComponents();
          Set<String> names = new HashSet<>();
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            names.add(components[i].getName());
            types[i] = components[i].getType();
          }
          try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new Shape(Set.copyOf(names), components, constructor);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
          }
        }
      };

  /** The object as a record of the type (or null when it cannot be built); errors are added. */
  static <T> T bind(JsonObject object, Class<T> type, String path, List<FieldError> errors) {
    Shape shape = SHAPES.get(type);
    for (String key : object.keySet()) {
      if (!shape.names().contains(key)) {
        errors.add(StrictJson.error(path + key, "validation.field.unknown"));
      }
    }
    RecordComponent[] components = shape.components();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      JsonValue v = object.get(c.getName());
      args[i] = convert(v, c.getType(), c.getGenericType(), path + c.getName(), errors);
    }
    boolean complete = errors.isEmpty();
    try {
      return type.cast(shape.constructor().newInstance(args));
    } catch (InvocationTargetException e) {
      if (!complete) {
        return null; // built only to validate the rest; its own refusal adds nothing
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalArgumentException e) {
      return null; // a primitive component without a value: already an error
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  private static Object convert(
      JsonValue v, Class<?> type, Type generic, String field, List<FieldError> errors) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (type.isPrimitive()) {
        errors.add(StrictJson.error(field, "validation.required"));
      }
      return null;
    }
    if (type == String.class) {
      return v instanceof JsonString s
          ? s.getString()
          : fail(field, "validation.type.text", errors);
    }
    if (type == Boolean.class || type == boolean.class) {
      if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
        return v == JsonValue.TRUE;
      }
      return fail(field, "validation.type.boolean", errors);
    }
    if (type == Long.class || type == long.class) {
      return whole(v, field, Long.MIN_VALUE, Long.MAX_VALUE, errors);
    }
    if (type == Integer.class || type == int.class) {
      Long n = whole(v, field, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
      return n == null ? null : n.intValue();
    }
    if (type == OffsetDateTime.class || type == LocalDate.class) {
      if (!(v instanceof JsonString s)) {
        return fail(field, "validation.type.text", errors);
      }
      try {
        return type == OffsetDateTime.class
            ? OffsetDateTime.parse(s.getString())
            : LocalDate.parse(s.getString());
      } catch (DateTimeParseException e) {
        return fail(
            field, type == LocalDate.class ? "validation.date" : "validation.datetime", errors);
      }
    }
    if (type == List.class) {
      if (!(v instanceof JsonArray array)) {
        return fail(field, "validation.type.array", errors);
      }
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      int before = errors.size();
      for (JsonValue item : array) {
        list.add(convert(item, (Class<?>) element, element, field, errors));
        if (errors.size() > before) {
          return null; // one message for the list is enough
        }
      }
      return list;
    }
    if (type.isRecord()) {
      if (!(v instanceof JsonObject o)) {
        return fail(field, "validation.type.object", errors);
      }
      return bind(o, type, field + ".", errors);
    }
    throw new IllegalStateException("no strict reading for " + type + " (" + field + ")");
  }

  /** A whole number in range: 1 and 1.0 are whole, 1.5 is not, 10^30 is out of range. */
  private static Long whole(JsonValue v, String field, long min, long max, List<FieldError> err) {
    if (!(v instanceof JsonNumber number)) {
      fail(field, "validation.type.integer", err);
      return null;
    }
    BigDecimal n = number.bigDecimalValue();
    if (n.signum() != 0 && n.precision() - n.scale() > 19) {
      // more than 19 integer digits (checked before any exact conversion, which 1e999999999
      // would make enormous)
      fail(field, "validation.number.range", err);
      return null;
    }
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() > 0) {
      fail(field, "validation.type.integer", err);
      return null;
    }
    if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      fail(field, "validation.number.range", err);
      return null;
    }
    return stripped.longValueExact();
  }

  private static Object fail(String field, String key, List<FieldError> errors) {
    errors.add(StrictJson.error(field, key));
    return null;
  }
}
