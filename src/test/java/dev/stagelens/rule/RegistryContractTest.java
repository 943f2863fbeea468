package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs page and the contract's list of rule ids agree with the registry. */
class RegistryContractTest {

  private static final Path DOC = Path.of("docs", "rules.md");

  @Test
  void docsPage_matchesRegistry() throws IOException {
    String expected = RulesDoc.render(Lint.REGISTRY.rules());
    if (Boolean.getBoolean("stagelens.writeDocs")) {
      Files.writeString(DOC, expected);
    }
    assertEquals(expected, Files.readString(DOC), "regenerate with -Dstagelens.writeDocs=true");
  }

  @Test
  void contractRuleIdEnum_matchesRegistry() throws IOException {
    JsonNode contract =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
    List<String> listed = new ArrayList<>();
    contract.at("/components/schemas/RuleId/enum").forEach(id -> listed.add(id.asText()));
    assertEquals(Lint.REGISTRY.rules().stream().map(Rule::id).toList(), listed);
  }

  @Test
  void ruleIds_areUnique() {
    List<String> ids = Lint.REGISTRY.rules().stream().map(Rule::id).toList();
    assertEquals(ids.size(), ids.stream().distinct().count());
  }
}
