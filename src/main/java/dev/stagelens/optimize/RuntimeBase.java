package dev.stagelens.optimize;

import dev.stagelens.graph.GraphStage;
import dev.stagelens.graph.ImageReference;
import dev.stagelens.instruction.FromInstruction;
import dev.stagelens.size.RuntimeBases;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the image from the runtime variant of its toolchain base (JDK to JRE, CUDA {@code -devel}
 * to {@code -runtime}, full Python or Node to {@code -slim}) when the base-image catalog knows the
 * variant and nothing in the image's stage needs the toolchain: no RUN compiles or installs
 * packages, and CMD and ENTRYPOINT run no build tool.
 */
final class RuntimeBase implements Rewrite {

  static final String ID = "runtime-base";

  /** Bases whose runtime variant is an image of the same family; others are left alone. */
  private static final Set<String> FAMILIES =
      Set.of(
          "nvidia/cuda", "pytorch/pytorch", "eclipse-temurin", "maven", "gradle", "python", "node");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Proposal> propose(Draft draft) {
    List<GraphStage> shipped = draft.analysis().graph().shippedStages();
    GraphStage stage = shipped.get(0);
    ImageReference base = stage.baseImage();
    if (shipped.size() != 1
        || base == null
        || base.tag() == null
        || base.digest() != null
        || !FAMILIES.contains(base.familiarName())
        || stage.base().contains("$")) {
      return List.of();
    }
    Optional<String> runtime = RuntimeBases.runtimeFor(base);
    if (runtime.isEmpty()
        || !draft.catalog().knows(ImageReference.parse(runtime.get()))
        || stage.stage().commands().stream().anyMatch(c -> Toolchain.needs(c).isPresent())) {
      return List.of();
    }
    FromInstruction from = stage.stage().from();
    String message =
        "the image starts from "
            + runtime.get()
            + " instead of "
            + stage.base()
            + ": nothing in the stage compiles, installs packages or runs a build tool";
    return List.of(
        new Proposal(
            ID,
            message,
            from.startLine(),
            from.endLine(),
            List.of(
                Edit.of(
                    from.startLine(), from.endLine(), List.of(fromLine(from, runtime.get()))))));
  }

  /** A FROM line for {@code base} with the flags and stage name of {@code from}. */
  static String fromLine(FromInstruction from, String base) {
    StringBuilder line = new StringBuilder("FROM ");
    from.node().flags().forEach(flag -> line.append(flag).append(' '));
    line.append(base);
    from.stageNameAsWritten().ifPresent(name -> line.append(" AS ").append(name));
    return line.toString();
  }
}
