package jp.kyodo.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field (a password) left out of an idempotent request's fingerprint, so that it is never
 * stored beside the key, not even hashed. A retry is recognised by the other fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Secret {}
