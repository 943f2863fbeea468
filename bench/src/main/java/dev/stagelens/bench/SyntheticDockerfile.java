package dev.stagelens.bench;

import java.util.List;

/**
 * Generates large Dockerfiles of an exact line count, the same every time: a chain of build stages
 * with the instruction mix of real multi-stage files (package installs over continuation lines,
 * heredocs, COPY --from the previous stage, JSON-form commands, comments and blank lines).
 */
public final class SyntheticDockerfile {

  private static final List<String> BASES =
      List.of("python:3.12-slim", "node:20-bookworm", "debian:bookworm-slim", "golang:1.22");

  private SyntheticDockerfile() {}

  /** A Dockerfile of exactly {@code lines} physical lines; at least one stage's worth. */
  public static String generate(int lines) {
    StringBuilder out = new StringBuilder(lines * 40);
    int written = 0;
    int stage = 0;
    String block = stage(stage);
    while (written + count(block) <= lines) {
      out.append(block);
      written += count(block);
      block = stage(++stage);
    }
    if (stage == 0) {
      throw new IllegalArgumentException(
          lines + " lines cannot hold one stage; ask for at least " + count(block));
    }
    for (int pad = 0; written < lines; pad++, written++) {
      out.append("ENV PAD_").append(pad).append('=').append(pad).append('\n');
    }
    return out.toString();
  }

  private static int count(String block) {
    return (int) block.chars().filter(c -> c == '\n').count();
  }

  private static String stage(int k) {
    String from = k == 0 ? "" : "COPY --from=s" + (k - 1) + " /opt/app/bin/tool /usr/local/bin/\n";
    return """
        # stage %1$d builds tool %1$d
        FROM %2$s AS s%1$d
        ARG VERSION=1.%1$d
        ENV APP_HOME=/opt/app PATH=/opt/app/bin:$PATH
        WORKDIR $APP_HOME
        RUN apt-get update \\
            && apt-get install -y --no-install-recommends \\
               curl \\
               ca-certificates \\
               git \\
            && rm -rf /var/lib/apt/lists/*
        COPY requirements.txt ./
        RUN pip install --no-cache-dir -r requirements.txt
        %3$sCOPY src/ ./src/
        RUN <<EOF
        set -e
        make -C src build VERSION=${VERSION}
        cp src/build/tool bin/tool
        EOF
        LABEL org.opencontainers.image.version="1.%1$d" stage="s%1$d"
        EXPOSE 8%4$03d
        USER 1000:1000
        HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]
        CMD ["bin/tool", "--serve"]

        """
        .formatted(k, BASES.get(k % BASES.size()), from, k % 1000);
  }
}
