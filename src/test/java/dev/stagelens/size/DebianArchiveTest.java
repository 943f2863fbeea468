package dev.stagelens.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebianArchiveTest {

  private static final DebianArchive BOOKWORM = DebianArchive.of("bookworm");

  private static DebianArchive tiny() throws IOException {
    String header =
        "package\tversion\tinstalled_kib\tdownload_bytes\tpriority\tessential"
            + "\tpre_depends\tdepends\trecommends\tprovides\tsection\n";
    String rows =
        "app\t1\t10\t0\toptional\t\t\tlibx (>= 1) | liby, mail-transport-agent\tdocs\t\tutils\n"
            + "libx\t1\t20\t0\toptional\t\t\t\t\t\tlibs\n"
            + "liby\t1\t30\t0\toptional\t\t\t\t\t\tlibs\n"
            + "postfix\t1\t40\t0\toptional\t\t\t\t\tmail-transport-agent\tmail\n"
            + "docs\t1\t50\t0\toptional\t\t\t\t\t\tdoc\n"
            + "base\t1\t1\t0\trequired\t\t\t\t\t\tadmin\n";
    return DebianArchive.parse(new BufferedReader(new StringReader(header + rows)));
  }

  @Test
  void closure_jqOnBookworm_addsItsTwoLibraries() {
    List<String> added = BOOKWORM.closure(List.of("jq"), false, BOOKWORM.minimalBase());
    assertEquals(Set.of("jq", "libjq1", "libonig5"), Set.copyOf(added));
  }

  @Test
  void closure_firstAlternativeAndVirtualProvider_areChosen() throws IOException {
    assertEquals(
        List.of("app", "libx", "postfix"), tiny().closure(List.of("app"), false, Set.of()));
  }

  @Test
  void closure_installedAlternative_wins() throws IOException {
    assertEquals(List.of("app", "postfix"), tiny().closure(List.of("app"), false, Set.of("liby")));
  }

  @Test
  void closure_withRecommends_addsThem() throws IOException {
    assertEquals(
        List.of("app", "libx", "postfix", "docs"), tiny().closure(List.of("app"), true, Set.of()));
  }

  @Test
  void minimalBase_holdsRequiredPackagesAndApt() {
    assertTrue(BOOKWORM.minimalBase().containsAll(Set.of("apt", "dpkg", "libc6", "bash")));
    assertEquals(101, BOOKWORM.minimalBase().size());
  }

  @Test
  void of_unknownRelease_namesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DebianArchive.of("buster"));
    assertEquals(
        "no Debian data for release buster; known releases: [bookworm, trixie]", e.getMessage());
  }
}
