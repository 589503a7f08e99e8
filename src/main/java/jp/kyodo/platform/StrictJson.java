package jp.kyodo.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.kyodo.platform.InvalidInputException.FieldError;

/**
 * Reads a request body into a request record, strictly: well-formed UTF-8, exactly one JSON object
 * and nothing after it, no duplicate or unknown property, no NUL or unpaired surrogate in any
 * string, and every value of the declared type — a boolean is true or false (not 123), a whole
 * number has no fraction and fits its type (10^30 is not 1073741824), text is a string. Every
 * offending property is named in one 400.
 */
public final class StrictJson {
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ARRAY = 100;
  private static final int MAX_FIELD_NAME = 64;

  private StrictJson() {}

  /** The body as a record of the type, or an {@link InvalidInputException}. */
  public static <T> T read(byte[] body, Class<T> type) {
    return read(body, type, null);
  }

  /**
   * As {@link #read(byte[], Class)}; when only a forbidden character is wrong, the validator's
   * findings on the rest (a name too long beside a NUL in another field) are in the same 400.
   */
  public static <T> T read(
      byte[] body, Class<T> type, Function<Object, List<FieldError>> validator) {
    List<FieldError> errors = new ArrayList<>();
    JsonObject object = parse(decode(body), errors);
    int forbiddenCharacters = errors.size();
    T value = JsonRecords.bind(object, type, "", errors);
    if (errors.isEmpty()) {
      return value;
    }
    // only text with a forbidden character: the shape is right, so say what else is wrong too
    // (a shape that is wrong is reported alone, as it must be fixed first)
    if (validator != null && value != null && errors.size() == forbiddenCharacters) {
      Set<String> named = new HashSet<>();
      errors.forEach(e -> named.add(e.field()));
      validator.apply(value).stream().filter(v -> !named.contains(v.field())).forEach(errors::add);
    }
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(java.util.Comparator.comparing(FieldError::field));
    throw new InvalidInputException(sorted);
  }

  static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of("body", "validation.body.encoding");
    }
  }

  /**
   * Exactly one JSON object; anything after it is refused. A string with a NUL or an unpaired
   * surrogate is kept but noted in errors, so that the other fields are still checked.
   */
  static JsonObject parse(String text, List<FieldError> errors) {
    if (text.isBlank()) {
      throw InvalidInputException.of("body", "validation.body.missing");
    }
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      JsonParser.Event first = parser.next();
      if (first == JsonParser.Event.VALUE_NULL) {
        throw InvalidInputException.of("body", "validation.body.missing");
      }
      if (first != JsonParser.Event.START_OBJECT) {
        throw InvalidInputException.of("body", "validation.body.notObject");
      }
      JsonObject object = object(parser, "", 1, errors);
      boolean trailing;
      try {
        trailing = parser.hasNext();
      } catch (JsonException e) {
        trailing = true;
      }
      if (trailing) {
        throw InvalidInputException.of("body", "validation.body.trailing");
      }
      return object;
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonParsingException, and Parsson's refusal of numbers with thousands of digits
      throw InvalidInputException.of("body", "validation.body.syntax");
    }
  }

  private static JsonObject object(
      JsonParser parser, String path, int depth, List<FieldError> errors) {
    if (depth > MAX_DEPTH) {
      throw InvalidInputException.of(name(path), "validation.body.tooDeep");
    }
    JsonObjectBuilder builder = Json.createObjectBuilder();
    Set<String> seen = new HashSet<>();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_OBJECT) {
        return builder.build();
      }
      String key = parser.getString();
      String field = path.isEmpty() ? key : path + "." + key;
      if (!cleanString(key)) {
        throw InvalidInputException.of("body", "validation.text.forbiddenCharacters");
      }
      if (!seen.add(key)) {
        throw InvalidInputException.of(name(field), "validation.field.duplicate");
      }
      builder.add(key, value(parser, parser.next(), field, depth, errors));
    }
  }

  private static JsonValue value(
      JsonParser parser, JsonParser.Event event, String path, int d, List<FieldError> errors) {
    return switch (event) {
      case START_OBJECT -> object(parser, path, d + 1, errors);
      case START_ARRAY -> array(parser, path, d + 1, errors);
      case VALUE_STRING -> {
        String s = parser.getString();
        if (!cleanString(s) && errors.stream().noneMatch(e -> e.field().equals(name(path)))) {
          errors.add(error(path, "validation.text.forbiddenCharacters"));
        }
        yield Json.createValue(s);
      }
      case VALUE_NUMBER -> {
        try {
          yield Json.createValue(parser.getBigDecimal());
        } catch (RuntimeException tooLong) {
          // Parsson refuses numbers of more than about a thousand digits
          throw InvalidInputException.of(name(path), "validation.number.range");
        }
      }
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw InvalidInputException.of("body", "validation.body.syntax");
    };
  }

  private static JsonArray array(
      JsonParser parser, String path, int depth, List<FieldError> errors) {
    if (depth > MAX_DEPTH) {
      throw InvalidInputException.of(name(path), "validation.body.tooDeep");
    }
    JsonArrayBuilder builder = Json.createArrayBuilder();
    int size = 0;
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_ARRAY) {
        return builder.build();
      }
      if (++size > MAX_ARRAY) {
        throw InvalidInputException.of(
            name(path), "validation.array.tooLong", Map.of("max", MAX_ARRAY));
      }
      builder.add(value(parser, event, path, depth, errors));
    }
  }

  /** No NUL (PostgreSQL refuses it) and no unpaired surrogate (not text at all, e.g. \ud800). */
  private static boolean cleanString(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static FieldError error(String field, String key) {
    return new FieldError(name(field), key, Map.of());
  }

  /** A property name fit to repeat in a problem: long names are cut. */
  private static String name(String field) {
    return field.codePointCount(0, field.length()) <= MAX_FIELD_NAME
        ? field
        : field.substring(0, field.offsetByCodePoints(0, MAX_FIELD_NAME)) + "…";
  }
}
