package jp.kyodo.idempotency;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asks for, as a SHA-256: the operation and its arguments (path parameters and the
 * request record, without {@link Secret} fields). Context objects such as {@code UriInfo} are not
 * part of what was asked.
 */
final class Fingerprint {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private Fingerprint() {}

  static String of(Method operation, Object[] arguments) {
    StringBuilder canonical =
        new StringBuilder(operation.getDeclaringClass().getName())
            .append('#')
            .append(operation.getName());
    for (Object argument : arguments) {
      canonical.append('\n').append(canonical(argument));
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String canonical(Object argument) {
    if (argument == null) {
      return "null";
    }
    if (argument instanceof Number
        || argument instanceof String
        || argument instanceof Boolean
        || argument instanceof Enum<?>) {
      return JSONB.toJson(argument);
    }
    if (argument.getClass().isRecord()) {
      StringBuilder out = new StringBuilder("{");
      for (RecordComponent c : argument.getClass().getRecordComponents()) {
        if (c.isAnnotationPresent(Secret.class)) {
          continue;
        }
        Object value = read(c, argument);
        out.append(JSONB.toJson(c.getName()))
            .append(':')
            .append(value == null ? "null" : JSONB.toJson(value))
            .append(',');
      }
      return out.append('}').toString();
    }
    return "-";
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
