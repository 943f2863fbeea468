package dev.stagelens.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract {@code openapi/openapi.yaml}, read to check HTTP exchanges against it, with its
 * schemas validated as JSON Schema 2020-12 under the OpenAPI 3.1 dialect.
 *
 * <p>A response must have a documented status and media type and a body its schema accepts. A
 * request the contract forbids must be refused with a 4xx, and a request the contract allows must
 * not be refused for its media type. Paths outside {@code /api/} are not part of the contract.
 */
public final class OpenApiContract {

  /** The contract file, relative to the project root where Maven runs the tests. */
  public static final Path FILE = Path.of("openapi", "openapi.yaml");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "urn:stagelens:contract";

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OpenApiContract(JsonNode document) {
    this.document = document;
    String json = document.toString();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, json)));
  }

  /** The contract read from {@link #FILE}. */
  public static OpenApiContract load() {
    try {
      return new OpenApiContract(
          new ObjectMapper(new YAMLFactory()).readTree(Files.readString(FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE.toAbsolutePath() + " cannot be read", e);
    }
  }

  /** Everything {@code exchange} does that the contract does not allow; empty when it conforms. */
  public List<String> check(Exchange exchange) {
    if (!exchange.path().startsWith("/api/")) {
      return List.of();
    }
    String template = template(exchange.path());
    if (template == null) {
      return List.of(exchange.path() + " matches no path of the contract");
    }
    String opPointer = pointer("paths", template, exchange.method().toLowerCase(Locale.ROOT));
    if (document.at(opPointer).isMissingNode()) {
      return List.of(exchange.method() + " " + template + " is not an operation of the contract");
    }
    List<String> out = new ArrayList<>(checkResponse(opPointer, exchange));
    List<String> request = checkRequest(opPointer, exchange);
    if (exchange.status() < 400 && !request.isEmpty()) {
      out.add("a request the contract forbids was answered " + exchange.status() + ": " + request);
    }
    if (exchange.status() == 415 && declaresRequestType(opPointer, exchange.requestType())) {
      out.add("415 for " + exchange.requestType() + ", which the contract accepts");
    }
    return out;
  }

  private String template(String path) {
    Iterator<String> names = document.get("paths").fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (path.matches(candidate.replaceAll("\\{[^/]+}", "[^/]+"))) {
        return candidate;
      }
    }
    return null;
  }

  private List<String> checkRequest(String opPointer, Exchange exchange) {
    List<String> out = new ArrayList<>(checkQuery(opPointer, exchange.query()));
    JsonNode body = resolve(opPointer + "/requestBody");
    if (body.isMissingNode()) {
      return out;
    }
    String bodyPointer = refTarget(opPointer + "/requestBody");
    String type = mediaType(exchange.requestType());
    if (type == null || !document.at(bodyPointer).path("content").has(type)) {
      out.add("request media type " + exchange.requestType() + " is not accepted");
      return out;
    }
    out.addAll(
        checkBody(pointer(bodyPointer, "content", type, "schema"), type, exchange.request()));
    return out;
  }

  private List<String> checkQuery(String opPointer, Map<String, List<String>> query) {
    List<String> out = new ArrayList<>();
    JsonNode parameters = document.at(opPointer + "/parameters");
    for (int i = 0; i < parameters.size(); i++) {
      String paramPointer = refTarget(opPointer + "/parameters/" + i);
      JsonNode parameter = document.at(paramPointer);
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      List<String> values = query.getOrDefault(parameter.path("name").asText(), List.of());
      out.addAll(checkParameter(paramPointer, parameter, values));
    }
    return out;
  }

  private List<String> checkParameter(
      String paramPointer, JsonNode parameter, List<String> values) {
    String name = parameter.path("name").asText();
    if (values.isEmpty()) {
      return parameter.path("required").asBoolean()
          ? List.of("query parameter " + name + " is required")
          : List.of();
    }
    boolean array = "array".equals(parameter.path("schema").path("type").asText());
    if (!array && values.size() > 1) {
      return List.of("query parameter " + name + " is given " + values.size() + " times");
    }
    JsonNode instance = array ? textArray(values) : scalar(values.get(0), parameter.path("schema"));
    return violations(paramPointer + "/schema", instance, "query parameter " + name);
  }

  /** A query value read as the type its schema names, as a server reads it; text otherwise. */
  private static JsonNode scalar(String value, JsonNode schema) {
    String type = schema.path("type").asText();
    if (type.equals("integer") || type.equals("number")) {
      try {
        return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(
            new java.math.BigDecimal(value));
      } catch (NumberFormatException e) {
        return TextNode.valueOf(value);
      }
    }
    return TextNode.valueOf(value);
  }

  private List<String> checkResponse(String opPointer, Exchange exchange) {
    String status = String.valueOf(exchange.status());
    JsonNode responses = document.at(opPointer + "/responses");
    String key = responses.has(status) ? status : responses.has("default") ? "default" : null;
    if (key == null) {
      return List.of("status " + status + " is not documented; body: " + exchange.response());
    }
    String responsePointer = refTarget(pointer(opPointer, "responses", key));
    JsonNode content = document.at(responsePointer).path("content");
    if (content.isMissingNode()) {
      return exchange.response().isEmpty()
          ? List.of()
          : List.of("status " + status + " documents no body, yet one came");
    }
    String type = mediaType(exchange.responseType());
    if (type == null || !content.has(type)) {
      return List.of("status " + status + " does not document media type " + type);
    }
    String schema = pointer(responsePointer, "content", type, "schema");
    return checkBody(schema, type, exchange.response());
  }

  private List<String> checkBody(String schemaPointer, String type, String body) {
    if (!type.equals("application/json") && !type.endsWith("+json")) {
      return List.of();
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      return List.of(type + " body is not JSON: " + e.getOriginalMessage());
    }
    if (instance == null || instance.isMissingNode()) {
      return List.of(type + " body is empty");
    }
    return violations(schemaPointer, instance, type + " body");
  }

  private List<String> violations(String schemaPointer, JsonNode instance, String what) {
    Schema schema =
        schemas.computeIfAbsent(
            schemaPointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
    return schema.validate(instance).stream()
        .map(e -> what + " " + e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  private boolean declaresRequestType(String opPointer, String requestType) {
    String type = mediaType(requestType);
    return type != null
        && document.at(refTarget(opPointer + "/requestBody")).path("content").has(type);
  }

  private JsonNode resolve(String pointer) {
    return document.at(refTarget(pointer));
  }

  /** The pointer {@code pointer} leads to once its local {@code $ref}, if any, is followed. */
  private String refTarget(String pointer) {
    JsonNode node = document.at(pointer);
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? ref.substring(1) : pointer;
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return bare.trim().toLowerCase(Locale.ROOT);
  }

  private static ArrayNode textArray(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String pointer(String first, String... tokens) {
    StringBuilder out = new StringBuilder(first.startsWith("/") ? first : "/" + escape(first));
    for (String token : tokens) {
      out.append('/').append(escape(token));
    }
    return out.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * One request and its answer, as far as the contract speaks of them.
   *
   * @param method the HTTP method in upper case
   * @param path the request path without query
   * @param query the decoded query parameters, values in order
   * @param requestType the request's {@code Content-Type}, or null
   * @param request the request body, or null
   * @param status the response status
   * @param responseType the response's {@code Content-Type}, or null
   * @param response the response body, empty when there is none
   */
  public record Exchange(
      String method,
      String path,
      Map<String, List<String>> query,
      String requestType,
      String request,
      int status,
      String responseType,
      String response) {}
}
