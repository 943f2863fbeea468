package dev.stagelens.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Installs the {@link ContractFilter} before every test method of every {@code @QuarkusTest}, so
 * that no RestAssured exchange escapes the contract; Quarkus finds it through the service loader.
 */
public final class ContractFilterInstaller implements QuarkusTestBeforeEachCallback {

  private static final ContractFilter FILTER = new ContractFilter(OpenApiContract.load());

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    install();
  }

  /** Adds the contract filter to RestAssured's default filters unless it is there already. */
  public static void install() {
    for (Filter filter : RestAssured.filters()) {
      if (filter instanceof ContractFilter) {
        return;
      }
    }
    RestAssured.filters(FILTER);
  }
}
