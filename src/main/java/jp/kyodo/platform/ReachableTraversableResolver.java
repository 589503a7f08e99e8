package jp.kyodo.platform;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation here checks request records and entity constructors' inputs, never lazily loaded
 * JPA state, so every property is reachable. The default resolver asks JPA whether each property is
 * loaded, which takes a lock per property on every request (seen in a JFR profile).
 */
public class ReachableTraversableResolver implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
