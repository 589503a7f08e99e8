package jp.kyodo.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The API as the Java code declares it, read by reflection: every resource method with its HTTP
 * method and path, and the Java class behind every schema name the OpenAPI generator uses. The
 * document filter needs it for what the generated model has lost (which method an operation is,
 * which record a schema came from, its {@code @Required} components and Java types).
 */
public final class ApiModel {
  /** A resource method: {@code path} as in the OpenAPI document ({@code {id}}, no regex). */
  public record ApiOperation(
      String httpMethod,
      String path,
      Map<String, String> pathPatterns,
      Class<?> resource,
      Method method,
      Class<?> requestBody) {

    public boolean returnsEntity() {
      return method.getReturnType() != Response.class && method.getReturnType() != void.class;
    }

    /**
     * An id in the path that JAX-RS converts (a number) or matches (a regex): one that does not
     * convert, or names nothing, is 404.
     */
    public boolean hasIdInPath() {
      return !pathPatterns.isEmpty()
          || parameterTypes(PathParam.class).anyMatch(t -> t != String.class);
    }

    /** Query parameters the resource parses itself (text): a malformed value is its 400. */
    public boolean parsesQuery() {
      return parameterTypes(QueryParam.class).anyMatch(t -> t == String.class);
    }

    private Stream<Class<?>> parameterTypes(Class<? extends Annotation> kind) {
      Annotation[][] annotations = method.getParameterAnnotations();
      Stream.Builder<Class<?>> types = Stream.builder();
      for (int i = 0; i < annotations.length; i++) {
        for (Annotation a : annotations[i]) {
          if (a.annotationType() == kind) {
            types.add(method.getParameterTypes()[i]);
          }
        }
      }
      return types.build();
    }
  }

  private final List<ApiOperation> operations = new ArrayList<>();
  private final Map<String, Class<?>> schemaClasses = new TreeMap<>();
  private final Set<Class<?>> requestClasses = new LinkedHashSet<>();
  private final Map<String, Set<Class<?>>> collisions = new TreeMap<>();

  private ApiModel() {}

  /** Reads the resource classes under {@code application}'s @ApplicationPath. */
  public static ApiModel of(Class<?> application, Collection<Class<?>> resourceClasses) {
    ApiModel model = new ApiModel();
    String base = "/" + trimSlashes(application.getAnnotation(ApplicationPath.class).value());
    resourceClasses.stream()
        .sorted(Comparator.comparing(Class::getName))
        .forEach(resource -> model.addResource(base, resource));
    model.operations.sort(
        Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::httpMethod));
    return model;
  }

  /**
   * The classes annotated with @Path in the archive (WEB-INF/classes or a jar) that holds {@code
   * anchor}, under the same top-level package.
   */
  public static List<Class<?>> resourceClassesBeside(Class<?> anchor) {
    String root = anchor.getPackageName().split("\\.")[0] + "/";
    ClassLoader loader = anchor.getClassLoader();
    List<Class<?>> found = new ArrayList<>();
    for (String name : classNames(anchor, root)) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Path.class) && !type.isInterface()) {
          found.add(type);
        }
      } catch (ClassNotFoundException | LinkageError skipped) {
        // a class that cannot be loaded is no resource of ours
      }
    }
    return found;
  }

  /**
   * The class files under {@code root} wherever the class loader has them: a directory (an exploded
   * WAR's WEB-INF/classes, target/classes) or a jar.
   */
  private static List<String> classNames(Class<?> anchor, String root) {
    List<String> names = new ArrayList<>();
    try {
      Enumeration<URL> places = anchor.getClassLoader().getResources(root);
      while (places.hasMoreElements()) {
        URL place = places.nextElement();
        if (place.getProtocol().equals("file")) {
          java.nio.file.Path dir = Paths.get(place.toURI());
          java.nio.file.Path base = dir.getParent();
          for (int i = 1; i < root.split("/").length; i++) {
            base = base.getParent();
          }
          java.nio.file.Path top = base;
          try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            files
                .map(f -> top.relativize(f).toString().replace('\\', '/'))
                .filter(f -> f.endsWith(".class"))
                .map(ApiModel::className)
                .forEach(names::add);
          }
        } else if (place.openConnection() instanceof JarURLConnection jar) {
          jar.setUseCaches(false);
          String entry = jar.getEntryName() == null ? root : jar.getEntryName();
          String prefix = entry.substring(0, entry.length() - root.length());
          try (JarFile file = jar.getJarFile()) {
            file.stream()
                .map(JarEntry::getName)
                .filter(n -> n.startsWith(entry) && n.endsWith(".class"))
                .map(n -> className(n.substring(prefix.length())))
                .forEach(names::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length()).replace('/', '.');
  }

  public List<ApiOperation> operations() {
    return operations;
  }

  public Optional<ApiOperation> operation(String httpMethod, String path) {
    return operations.stream()
        .filter(o -> o.httpMethod().equalsIgnoreCase(httpMethod) && o.path().equals(path))
        .findFirst();
  }

  /** Schema name (as the generator names it) → the class it was made from. */
  public Map<String, Class<?>> schemaClasses() {
    return schemaClasses;
  }

  /** Classes that arrive as request bodies. */
  public Set<Class<?>> requestClasses() {
    return requestClasses;
  }

  /** Schema names that two classes would share: the generator would merge them into one. */
  public Map<String, Set<Class<?>>> collisions() {
    return collisions;
  }

  /** The name the generator gives a class's schema: @Schema(name), else the simple name. */
  public static String schemaName(Class<?> type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }

  private void addResource(String base, Class<?> resource) {
    String classPath = resource.getAnnotation(Path.class).value();
    for (Method method : resource.getMethods()) {
      String httpMethod = httpMethod(method);
      if (httpMethod == null) {
        continue;
      }
      Path methodPath = method.getAnnotation(Path.class);
      String raw = join(base, classPath, methodPath == null ? "" : methodPath.value());
      Map<String, String> patterns = new LinkedHashMap<>();
      String path = withoutRegex(raw, patterns);
      Class<?> body = null;
      Type bodyType = null;
      for (int i = 0; i < method.getParameterCount(); i++) {
        if (isEntity(method.getParameterAnnotations()[i])) {
          body = method.getParameterTypes()[i];
          bodyType = method.getGenericParameterTypes()[i];
        }
      }
      operations.add(new ApiOperation(httpMethod, path, patterns, resource, method, body));
      if (bodyType != null) {
        walk(bodyType, true);
      }
      if (method.getReturnType() != Response.class) {
        walk(method.getGenericReturnType(), false);
      }
      for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
        for (Content content : response.content()) {
          walk(content.schema().implementation(), false);
        }
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static boolean isEntity(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .map(Annotation::annotationType)
        .noneMatch(
            t ->
                t == PathParam.class
                    || t == QueryParam.class
                    || t == HeaderParam.class
                    || t == CookieParam.class
                    || t == FormParam.class
                    || t == MatrixParam.class
                    || t == BeanParam.class
                    || t == Context.class);
  }

  private void walk(Type type, boolean request) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        walk(argument, request);
      }
      walk(p.getRawType(), request);
    } else if (type instanceof GenericArrayType a) {
      walk(a.getGenericComponentType(), request);
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        walk(c.getComponentType(), request);
        return;
      }
      if (c.isPrimitive() || c.isEnum() || c.getName().startsWith("java.") || c == Void.class) {
        return;
      }
      if (request) {
        requestClasses.add(c);
      }
      String name = schemaName(c);
      Class<?> known = schemaClasses.putIfAbsent(name, c);
      if (known != null) {
        if (known != c) {
          collisions.computeIfAbsent(name, n -> new LinkedHashSet<>(List.of(known))).add(c);
        }
        return;
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          walk(component.getGenericType(), request);
        }
      } else {
        Arrays.stream(c.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .forEach(f -> walk(f.getGenericType(), request));
      }
    }
  }

  static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String p = trimSlashes(part);
      if (!p.isEmpty()) {
        path.append('/').append(p);
      }
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  private static String trimSlashes(String s) {
    String t = s.strip();
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * A JAX-RS template such as {@code /comments/{id: [0-9]+}} as OpenAPI writes it ({@code
   * /comments/{id}}); each parameter's regex goes to {@code patterns}. Braces inside a regex
   * ({@code [0-9]{3}}) are balanced.
   */
  public static String withoutRegex(String template, Map<String, String> patterns) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < template.length(); end++) {
        char d = template.charAt(end);
        if (d == '{') {
          depth++;
        } else if (d == '}' && --depth == 0) {
          break;
        }
      }
      String inside = template.substring(i + 1, end);
      int colon = inside.indexOf(':');
      String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
      if (colon >= 0) {
        patterns.put(name, inside.substring(colon + 1).strip());
      }
      out.append('{').append(name).append('}');
      i = end + 1;
    }
    return out.toString();
  }
}
