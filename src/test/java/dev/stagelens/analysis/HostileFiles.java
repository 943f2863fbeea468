package dev.stagelens.analysis;

import java.util.Random;

/** Hostile Dockerfiles, built on demand so that the repository holds no megabyte fixtures. */
public final class HostileFiles {

  private HostileFiles() {}

  /** A FROM line and then one line of {@code bytes} characters. */
  public static String longLine(int bytes) {
    return "FROM alpine\nRUN " + "x".repeat(bytes - 4) + "\n";
  }

  /** A FROM line and {@code lines - 1} short RUN lines. */
  public static String manyLines(int lines) {
    return "FROM alpine\n" + "RUN a\n".repeat(lines - 1);
  }

  /** {@code count} stages, each FROM the image. */
  public static String manyStages(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("FROM alpine AS s").append(i).append('\n');
    }
    return text.toString();
  }

  /** {@code depth} stages, each copying from the one before. */
  public static String copyChain(int depth) {
    StringBuilder text = new StringBuilder("FROM alpine AS s0\nRUN touch /a\n");
    for (int i = 1; i < depth; i++) {
      text.append("FROM alpine AS s").append(i).append('\n');
      text.append("COPY --from=s").append(i - 1).append(" /a /a\n");
    }
    return text.toString();
  }

  /** An ENV whose value doubles {@code times} times, from 16 characters. */
  public static String doublingEnv(int times) {
    return "FROM alpine\nENV A=0123456789abcdef\n" + "ENV A=$A$A\n".repeat(times);
  }

  /** A COPY whose source is {@code depth} {@code **} segments. */
  public static String starPattern(int depth) {
    return "FROM alpine\nCOPY " + "**/".repeat(depth) + "x /dst/\n";
  }

  /** An ENV whose value nests {@code depth} default forms. */
  public static String nestedDefaults(int depth) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      word.append("${v").append(i).append(":-");
    }
    word.append("end").append("}".repeat(depth));
    return "FROM alpine\nENV X=" + word + "\n";
  }

  /** {@code length} characters of seeded random junk, controls and NULs included. */
  public static String junk(long seed, int length) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(0x3000));
    }
    return text.toString();
  }

  /** {@code count} ENV instructions, each adding one variable. */
  public static String manyEnvs(int count) {
    StringBuilder text = new StringBuilder("FROM alpine\n");
    for (int i = 0; i < count; i++) {
      text.append("ENV V").append(i).append('=').append(i).append('\n');
    }
    return text.toString();
  }

  /** {@code count} COPY instructions, each adding one file. */
  public static String manyCopies(int count) {
    StringBuilder text = new StringBuilder("FROM alpine\n");
    for (int i = 0; i < count; i++) {
      text.append("COPY f").append(i).append(" /d/f").append(i).append('\n');
    }
    return text.toString();
  }
}
