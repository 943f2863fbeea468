package dev.stagelens.api;

import dev.stagelens.instruction.Suggest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters an operation does not take. A misspelt {@code fail-on} or {@code target}
 * would otherwise be ignored in silence, and a pipeline would pass or analyse the wrong stage
 * without knowing; the answer names the parameter and the closest one the operation takes.
 */
public class KnownQueryParameters {

  private final Map<Method, List<String>> known = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public Optional<Response> rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
      return Optional.empty();
    }
    List<String> names = known.computeIfAbsent(method, KnownQueryParameters::queryNames);
    for (String given : request.getUriInfo().getQueryParameters().keySet()) {
      if (!names.contains(given)) {
        return Optional.of(ProblemResponses.of(unknown(given, names, request)));
      }
    }
    return Optional.empty();
  }

  private static Problem unknown(
      String given, List<String> names, ContainerRequestContext request) {
    String match = closest(given, names);
    String detail =
        "unknown query parameter '"
            + given
            + "'"
            + (match.isEmpty() ? "" : " (did you mean " + match + "?)")
            + "; this operation takes "
            + (names.isEmpty() ? "none" : String.join(", ", names));
    return Problem.of(ProblemKind.INVALID_REQUEST, detail)
        .withInstance(request.getUriInfo().getPath());
  }

  /**
   * The name of {@code names} closest to {@code given} as written there: one that differs only in
   * case, else the nearest by edit distance when it is near enough; empty when none is.
   */
  static String closest(String given, List<String> names) {
    String nearest = names.stream().filter(given::equalsIgnoreCase).findFirst().orElse("");
    if (nearest.isEmpty()) {
      String found = Suggest.search(given, names, false);
      nearest = names.stream().filter(found::equalsIgnoreCase).findFirst().orElse("");
    }
    return nearest;
  }

  /** The query parameters a resource method declares, directly or through a bean parameter. */
  private static List<String> queryNames(Method method) {
    List<String> names = new ArrayList<>();
    Class<?>[] types = method.getParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < types.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof QueryParam query) {
          names.add(query.value());
        } else if (annotation instanceof BeanParam) {
          names.addAll(fieldNames(types[i]));
        }
      }
    }
    return List.copyOf(names);
  }

  /** The query fields of {@code bean} and of the classes it extends, the most general first. */
  private static List<String> fieldNames(Class<?> bean) {
    List<String> names =
        bean.getSuperclass() == null ? new ArrayList<>() : fieldNames(bean.getSuperclass());
    for (Field field : bean.getDeclaredFields()) {
      QueryParam query = field.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
    }
    return names;
  }
}
