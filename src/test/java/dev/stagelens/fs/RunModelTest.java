package dev.stagelens.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.fs.PathChange.Op;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RunModelTest {

  private static final RunModel MODEL = new RunModel(RunKnowledge.load());

  private static RunContext context(String workdir, Map<String, String> env) {
    return new RunContext(workdir, "/root", env, UnaryOperator.identity());
  }

  private static List<String> created(String script, String workdir, Map<String, String> env) {
    return MODEL.effects(script, context(workdir, env)).stream()
        .filter(c -> c.op() == Op.CREATE)
        .map(PathChange::path)
        .toList();
  }

  @Test
  void npmInstall_createsNodeModulesInTheWorkdirAndTheNpmCache() {
    assertEquals(
        List.of("/app/node_modules", "/root/.npm"), created("npm install", "/app", Map.of()));
  }

  @Test
  void npmRunBuild_createsDist() {
    assertEquals(List.of("/app/dist"), created("npm run build", "/app", Map.of()));
  }

  @Test
  void pipInstallNoCacheDir_createsNoCache() {
    assertEquals(
        List.of("/usr/local/lib/python3/site-packages"),
        created("pip install --no-cache-dir -r requirements.txt", "/", Map.of()));
  }

  @Test
  void pipInstall_inAnActiveVenv_installsIntoTheVenv() {
    assertEquals(
        List.of("/opt/venv", "/root/.cache/pip"),
        created("pip install torch", "/", Map.of("PATH", "/opt/venv/bin:/usr/bin")));
  }

  @Test
  void pythonMVenv_createsTheVenvDirectory() {
    assertEquals(List.of("/opt/venv"), created("python -m venv /opt/venv", "/", Map.of()));
  }

  @Test
  void aptGetUpdateInstall_createsListsPackagesAndArchives() {
    assertEquals(
        List.of("/var/lib/apt/lists", "/usr", "/var/lib/dpkg"),
        created(
            "apt-get update && apt-get install -y --no-install-recommends curl", "/", Map.of()));
  }

  @Test
  void rmOfListContents_removesTheContentsNotTheDirectory() {
    List<PathChange> changes =
        MODEL.effects("apt-get update && rm -rf /var/lib/apt/lists/*", context("/", Map.of()));
    PathChange last = changes.get(changes.size() - 1);
    assertEquals(Op.REMOVE_CONTENTS, last.op());
    assertEquals("/var/lib/apt/lists", last.path());
  }

  @Test
  void cd_movesTheWorkingDirectoryForLaterCommands() {
    assertEquals(
        List.of("/src/app/node_modules", "/root/.npm"),
        created("cd /src/app && npm ci", "/", Map.of()));
  }

  @Test
  void downloadsAndClones_createTheNamedPaths() {
    assertEquals(
        List.of("/tmp/x.tgz", "/opt/model.bin", "/work/repo"),
        created(
            "curl -fsSL -o /tmp/x.tgz https://example.org/x.tgz && "
                + "wget -O /opt/model.bin https://example.org/m && git clone https://example.org/org/repo.git",
            "/work",
            Map.of()));
  }

  @Test
  void mavenPackage_createsTargetAndTheLocalRepository() {
    assertEquals(
        List.of("/build/target", "/root/.m2/repository"),
        created("./mvnw -B clean package -DskipTests", "/build", Map.of()));
  }

  @Test
  void nestedShell_isReadToo() {
    assertEquals(List.of("/x"), created("sh -c 'mkdir -p /x'", "/", Map.of()));
  }

  @Test
  void execForm_isReadAsOneCommand() {
    List<PathChange> changes =
        MODEL.effects(List.of("mkdir", "-p", "/data"), context("/", Map.of()));
    assertEquals(
        List.of(PathChange.create("/data", "directory", Certainty.DECLARED, "mkdir -p /data")),
        changes);
  }

  private static List<String> removed(String script) {
    return MODEL.effects(script, context("/app", Map.of())).stream()
        .filter(c -> c.op() == Op.REMOVE)
        .map(PathChange::path)
        .toList();
  }

  @Test
  void compilerWithOutputFlag_createsTheOutput() {
    assertEquals(List.of("/out/app"), created("nvcc -O2 -o /out/app main.cu", "/src", Map.of()));
  }

  @Test
  void compilerWithoutOutputFlag_createsNothingKnown() {
    assertEquals(List.of(), created("gcc -c main.c", "/src", Map.of()));
  }

  @Test
  void cachePurges_removeTheToolCaches() {
    assertEquals(
        List.of("/root/.cache/pip", "/root/.cache/uv", "/app/target"),
        removed("pip cache purge && uv cache clean && cargo clean"));
  }

  @Test
  void uvVenv_createsDotVenvInTheWorkdir() {
    assertEquals(List.of("/app/.venv"), created("uv venv", "/app", Map.of()));
  }
}
