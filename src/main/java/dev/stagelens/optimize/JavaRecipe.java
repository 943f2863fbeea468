package dev.stagelens.optimize;

import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.size.RuntimeBases;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maven and Gradle: a stage on a Maven, Gradle or JDK base whose tag names the Java release builds
 * with {@code mvn package} (or install, verify) or {@code gradle build} (or assemble, bootJar, jar,
 * quarkusBuild, installDist); the image ships the build's output folder, {@code target} or {@code
 * build}, which holds the plain jar, the Spring Boot jar and the Quarkus {@code quarkus-app} layout
 * alike, on the JRE of that release.
 */
final class JavaRecipe implements Recipe {

  private static final Set<String> MAVEN = Set.of("mvn", "mvnw");
  private static final Set<String> GRADLE = Set.of("gradle", "gradlew");
  private static final Set<String> MAVEN_GOALS = Set.of("package", "install", "verify");
  private static final Set<String> GRADLE_TASKS =
      Set.of("build", "assemble", "bootJar", "jar", "quarkusBuild", "installDist");

  /** A build of a project elsewhere than the working directory, whose output is not certain. */
  private static final String ELSEWHERE = "";

  @Override
  public boolean recognises(ImageReference base) {
    String name = base.familiarName();
    return name.equals("maven")
        || name.equals("gradle")
        || name.equals("eclipse-temurin") && base.tag().contains("jdk");
  }

  @Override
  public boolean builds(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      String program = chain.program(i);
      if (!MAVEN.contains(program) && !GRADLE.contains(program)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Plan> plan(Compile compile) {
    Optional<String> release = RuntimeBases.statedJavaVersion(compile.stage().baseImage().tag());
    Set<String> outputs = new LinkedHashSet<>();
    for (Compile.Indexed tool : compile.toolChains(this)) {
      String workdir = compile.workdirs().get(tool.index());
      for (int i = 0; i < tool.chain().segments().size(); i++) {
        Optional<String> folder = output(tool.chain().program(i), tool.chain().words(i));
        if (folder.isPresent() && (workdir == null || folder.get().equals(ELSEWHERE))) {
          return Optional.empty();
        }
        folder.ifPresent(f -> outputs.add(UnixPaths.resolve(workdir, f)));
      }
    }
    if (release.isEmpty() || outputs.size() != 1) {
      return Optional.empty();
    }
    String runtime = "eclipse-temurin:" + release.get() + "-jre";
    if (!compile.draft().catalog().knows(ImageReference.parse(runtime))) {
      return Optional.empty();
    }
    return Optional.of(
        new Plan(
            runtime,
            List.of(),
            List.of(),
            List.copyOf(outputs),
            List.of(),
            true,
            false,
            Set.of(),
            Set.of(),
            "the builder compiles and the image ships only "
                + outputs.iterator().next()
                + " on "
                + runtime));
  }

  private static boolean movesProject(String arg) {
    return arg.startsWith("-f")
        || arg.startsWith("--file")
        || arg.startsWith("-p")
        || arg.startsWith("--projects")
        || arg.startsWith("--project-dir");
  }

  /** The output folder of a build command, empty for commands that build nothing to ship. */
  private static Optional<String> output(String program, List<String> words) {
    List<String> args = words.subList(1, words.size());
    if (args.stream().anyMatch(JavaRecipe::movesProject)) {
      return Optional.of(ELSEWHERE);
    }
    if (MAVEN.contains(program) && args.stream().anyMatch(MAVEN_GOALS::contains)) {
      return Optional.of("target");
    }
    if (GRADLE.contains(program) && args.stream().anyMatch(GRADLE_TASKS::contains)) {
      return Optional.of("build");
    }
    return Optional.empty();
  }
}
