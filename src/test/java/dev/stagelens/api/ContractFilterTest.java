package dev.stagelens.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.testing.ContractFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every RestAssured exchange of a Quarkus test passes through the contract filter. */
@QuarkusTest
class ContractFilterTest {

  @Test
  void everyQuarkusTest_hasTheContractFilterInstalled() {
    List<String> contractFilters =
        RestAssured.filters().stream()
            .filter(ContractFilter.class::isInstance)
            .map(f -> f.getClass().getSimpleName())
            .toList();
    assertEquals(List.of("ContractFilter"), contractFilters);
  }

  @Test
  void undocumentedPath_failsTheExchange() {
    AssertionError error =
        assertThrows(AssertionError.class, () -> given().get("/api/v1/nothing-here"));
    assertTrue(
        error.getMessage().contains("/api/v1/nothing-here matches no path of the contract"),
        error.getMessage());
  }
}
