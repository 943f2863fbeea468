package dev.stagelens.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/v1/analyses}.
 *
 * @param dockerfile the Dockerfile text
 * @param target the stage to build by name, or null for the last stage
 * @param buildArgs build arguments by name, or null for none
 * @param platform the target platform, or null for {@code linux/amd64}
 * @param maxImageBytes the size budget of the image in bytes, or null for none
 */
public record AnalysisRequest(
    @NotNull(message = "is required: put the Dockerfile text in it") String dockerfile,
    String target,
    Map<String, String> buildArgs,
    String platform,
    @PositiveOrZero(message = "must not be negative") Long maxImageBytes) {}
