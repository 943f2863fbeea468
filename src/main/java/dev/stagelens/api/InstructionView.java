package dev.stagelens.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One instruction with its flags and arguments read into fields, shaped by the {@code Instruction}
 * schema of the contract. Only the fields of the instruction's kind are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstructionView(
    String keyword,
    String baseName,
    String stageName,
    String platform,
    List<String> command,
    Boolean shellForm,
    List<MountView> mounts,
    String network,
    String security,
    List<String> sources,
    List<HeredocSourceView> heredocSources,
    String dest,
    String from,
    String chown,
    String chmod,
    Boolean link,
    Boolean parents,
    List<String> excludes,
    String checksum,
    Boolean keepGitDir,
    Boolean unpack,
    List<PairView> pairs,
    List<ArgView> args,
    List<String> values,
    String value,
    HealthcheckView healthcheck,
    InstructionView trigger) {

  /** One {@code RUN --mount}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MountView(
      String type,
      String from,
      String source,
      String target,
      boolean readOnly,
      String id,
      String sharing,
      Boolean required,
      String env,
      Long mode,
      Long uid,
      Long gid,
      Long sizeLimit) {}

  /** A heredoc given as a COPY or ADD source. */
  public record HeredocSourceView(String path, String data, boolean expand) {}

  /** One pair of ENV or LABEL. */
  public record PairView(String key, String value, boolean legacyForm) {}

  /** One name of ARG with its default, if any. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ArgView(String name, String defaultValue) {}

  /** HEALTHCHECK settings; durations in milliseconds. */
  public record HealthcheckView(
      List<String> test,
      boolean disabled,
      long intervalMillis,
      long timeoutMillis,
      long startPeriodMillis,
      long startIntervalMillis,
      int retries) {}
}
