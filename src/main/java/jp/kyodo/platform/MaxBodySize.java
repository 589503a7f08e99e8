package jp.kyodo.platform;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request record whose JSON may be larger than {@link JsonBodyReader#DEFAULT_LIMIT}: long text
 * still fits when a client writes every character as a \\u escape (a surrogate pair is 12 bytes).
 */
@Target(TYPE)
@Retention(RUNTIME)
public @interface MaxBodySize {
  /** The largest body in KiB. */
  int kib();
}
