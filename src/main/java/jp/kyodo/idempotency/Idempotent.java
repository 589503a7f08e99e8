package jp.kyodo.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that creates something honours an {@code Idempotency-Key} header: a retry with the same
 * key and arguments gets the first result instead of a second write; the same key with other
 * arguments is 422. For JAX-RS resource methods that return a {@code Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
