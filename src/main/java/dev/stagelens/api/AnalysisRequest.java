package dev.stagelens.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/v1/analyses}.
 *
 * @param dockerfile the Dockerfile text
 * @param target the stage to build by name, or null for the last stage
 * @param buildArgs build arguments by name, or null for none
 * @param platform the target platform, or null for {@code linux/amd64}
 * @param maxImageBytes the size budget of the image in bytes, or null for none
 * @param context the build context's files and {@code .dockerignore}, or null when not known
 */
public record AnalysisRequest(
    @NotNull(message = "is required: put the Dockerfile text in it") String dockerfile,
    String target,
    Map<String, String> buildArgs,
    String platform,
    @PositiveOrZero(message = "must not be negative") Long maxImageBytes,
    ContextRequest context) {

  /**
   * A build context described by its file list.
   *
   * @param files the context's files, paths relative to its root
   * @param dockerignore the text of its {@code .dockerignore}, or null for none
   */
  public record ContextRequest(List<FileRequest> files, String dockerignore) {}

  /**
   * One file of a described context.
   *
   * @param path the path relative to the context root
   * @param size the size in bytes
   */
  public record FileRequest(String path, long size) {}
}
