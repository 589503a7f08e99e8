package jp.kyodo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {
  /** Not public, like many of Kyodo's view records. */
  record Author(String displayName, boolean staff) {
    String badge() {
      return "not public";
    }

    public String label() {
      return staff ? displayName + "（職員）" : displayName;
    }
  }

  static final class Bean {
    public String getName() {
      return "bean";
    }
  }

  private final RecordELResolver resolver = new RecordELResolver();
  private final Author author = new Author("花子", true);

  @Test
  void readsComponentsAsProperties() {
    ELContext context = context();
    assertEquals("花子", resolver.getValue(context, author, "displayName"));
    assertTrue(context.isPropertyResolved());
    assertEquals(true, resolver.getValue(context(), author, "staff"));
  }

  @Test
  void callsComponentsAndOtherPublicMethodsWithoutArguments() {
    ELContext context = context();
    assertEquals("花子", resolver.invoke(context, author, "displayName", null, new Object[0]));
    assertTrue(context.isPropertyResolved());
    assertEquals("花子（職員）", resolver.invoke(context(), author, "label", null, null));
  }

  @Test
  void leavesEverythingElseToTheOtherResolvers() {
    ELContext context = context();
    assertNull(resolver.getValue(context, new Bean(), "name"));
    assertNull(resolver.getValue(context, author, "unknown"));
    assertNull(resolver.getValue(context, author, "badge"));
    assertNull(resolver.invoke(context, author, "equals", null, new Object[] {author}));
    assertNull(resolver.getValue(context, null, "author"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void recordsAreReadOnly() {
    ELContext context = context();
    assertTrue(resolver.isReadOnly(context, author, "displayName"));
    assertTrue(context.isPropertyResolved());
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), author, "displayName", "太郎"));
  }

  private ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return resolver;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
