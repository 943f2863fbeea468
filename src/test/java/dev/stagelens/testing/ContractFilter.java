package dev.stagelens.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A RestAssured filter that fails any exchange the contract does not allow. */
public final class ContractFilter implements Filter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenApiContract contract;

  /** A filter checking against {@code contract}. */
  public ContractFilter(OpenApiContract contract) {
    this.contract = contract;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    OpenApiContract.Exchange exchange = exchange(request, response);
    List<String> violations = contract.check(exchange);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          exchange.method()
              + " "
              + exchange.path()
              + " -> "
              + exchange.status()
              + " breaks openapi/openapi.yaml:\n  "
              + String.join("\n  ", violations));
    }
    return response;
  }

  private static OpenApiContract.Exchange exchange(
      FilterableRequestSpecification request, Response response) {
    URI uri = URI.create(request.getURI());
    return new OpenApiContract.Exchange(
        request.getMethod(),
        uri.getPath(),
        query(uri.getRawQuery()),
        request.getContentType(),
        body(request.getBody()),
        response.statusCode(),
        response.contentType(),
        response.asString());
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String body(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    if (body instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("request body cannot be written as JSON", e);
    }
  }
}
