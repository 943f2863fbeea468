package dev.stagelens.instruction;

import java.util.List;

/**
 * A Dockerfile read into instructions: the ARGs before the first FROM and the stages.
 *
 * @param metaArgs the ARG instructions before the first FROM, in order
 * @param stages the stages in order
 */
public record DockerfileInstructions(List<ArgInstruction> metaArgs, List<Stage> stages) {

  public DockerfileInstructions {
    metaArgs = List.copyOf(metaArgs);
    stages = List.copyOf(stages);
  }
}
