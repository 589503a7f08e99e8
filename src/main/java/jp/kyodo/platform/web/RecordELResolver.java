package jp.kyodo.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads records in page expressions, both as properties ({@code #{c.id}}) and by calling their
 * methods without arguments ({@code #{c.id()}}, {@code #{c.hidden()}}), through methods looked up
 * once per record class. Jakarta EL 6 has a resolver for records; Payara 6 ships EL 5, whose bean
 * resolver searched a class's methods by reflection on every call: a fifth of the CPU of rendering
 * a thread page, where every comment is a record. Anything else falls through to the standard
 * resolvers.
 */
public class RecordELResolver extends ELResolver {
  private static final ClassValue<Map<String, Method>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> methods = new HashMap<>();
          for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0
                && m.getReturnType() != void.class
                && !Modifier.isStatic(m.getModifiers())
                && m.getDeclaringClass() != Object.class) {
              // a record that is not public itself still has public accessors
              m.trySetAccessible();
              methods.put(m.getName(), m);
            }
          }
          return Map.copyOf(methods);
        }
      };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return resolve(context, base, property);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    return params != null && params.length > 0 ? null : resolve(context, base, method);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (method(base, property) != null) {
      context.setPropertyResolved(base, property);
    }
    return null; // read-only: nothing may be set
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (method(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (method(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  /** The method's value, marked resolved; null, unresolved, for what is not a record's method. */
  private static Object resolve(ELContext context, Object base, Object name) {
    Method m = method(base, name);
    if (m == null) {
      return null;
    }
    context.setPropertyResolved(base, name);
    return call(m, base);
  }

  private static Method method(Object base, Object name) {
    return base instanceof Record && name instanceof String s
        ? METHODS.get(base.getClass()).get(s)
        : null;
  }

  private static Object call(Method m, Object base) {
    try {
      return m.invoke(base);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }
}
