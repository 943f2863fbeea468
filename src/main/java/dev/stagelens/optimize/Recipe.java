package dev.stagelens.optimize;

import dev.stagelens.graph.ImageReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How one ecosystem's single-stage build splits into a builder and a runtime stage. */
interface Recipe {

  /** True when {@code base} is this ecosystem's build image. */
  boolean recognises(ImageReference base);

  /** True when every command of {@code chain} is this ecosystem's build tool. */
  boolean builds(AndChain chain);

  /** The split for the stage {@code compile} describes, or empty when it is not certain. */
  Optional<Plan> plan(Compile compile);

  /**
   * A split the recipe is sure of.
   *
   * @param runtime the image the runtime stage starts from
   * @param afterFrom lines the builder gets right after its FROM
   * @param afterBuild lines the builder gets right after its last build RUN
   * @param copies absolute paths the runtime stage copies from the builder
   * @param runtimeLines lines the runtime stage gets after its copies, before CMD and ENTRYPOINT
   * @param carriesApt true when the runtime repeats the stage's apt-get RUNs (same distribution)
   * @param copiesWorkdir true when {@code copies} hold the working directory, so COPY into it may
   *     follow the build
   * @param users the non-numeric users the runtime base has besides root
   * @param envChanged ENV names the runtime stage changes on purpose
   * @param summary what the split does, for the change's message
   */
  record Plan(
      String runtime,
      List<String> afterFrom,
      List<String> afterBuild,
      List<String> copies,
      List<String> runtimeLines,
      boolean carriesApt,
      boolean copiesWorkdir,
      Set<String> users,
      Set<String> envChanged,
      String summary) {

    public Plan {
      afterFrom = List.copyOf(afterFrom);
      afterBuild = List.copyOf(afterBuild);
      copies = List.copyOf(copies);
      runtimeLines = List.copyOf(runtimeLines);
      users = Set.copyOf(users);
      envChanged = Set.copyOf(envChanged);
    }
  }
}
