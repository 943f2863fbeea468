package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises values that look like secrets, by the name they are assigned to ({@code *TOKEN*},
 * {@code *SECRET*}, {@code *PASSWORD*}, {@code *KEY*}, {@code AWS_*}) or by their shape (AWS access
 * key ids, GitHub, GitLab, Slack and npm tokens, Google API keys, Stripe live keys, PEM private
 * keys, JSON web tokens), and masks them in text.
 *
 * <p>A quoted value is masked to the end of its line, escaped quotes and all. The patterns use only
 * possessive runs, so that matching a megabyte of text neither backtracks nor recurses.
 *
 * <p>Instances mask the same way for their whole life; {@link #withValuesOf} adds the values of
 * secret-named variables so that they are masked wherever they reappear, such as in an expanded
 * path. Such an instance serves one answer, whose paths recur in every step, so it remembers what
 * it masked; {@link #none()}, shared by every request, remembers nothing.
 */
public final class SecretPatterns {

  /** What a masked value is replaced with. */
  public static final String MASK = "***";

  private static final List<Shape> SHAPE_LIST =
      List.of(
          new Shape(
              "a PEM private key",
              "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----"
                  + "(?:.*?-----END [A-Z0-9 ]*PRIVATE KEY-----|.*)",
              "-----BEGIN "),
          new Shape("an AWS access key id", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
          new Shape(
              "a GitHub token",
              "\\bgh[pousr]_[A-Za-z0-9]{20,}+|\\bgithub_pat_[A-Za-z0-9_]{20,}+",
              "gh",
              "github_pat_"),
          new Shape("a GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}+", "glpat-"),
          new Shape("a Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}+", "xox"),
          new Shape("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}", "AIza"),
          new Shape("a Stripe live key", "\\b[rs]k_live_[0-9A-Za-z]{20,}+", "k_live_"),
          new Shape("an npm token", "\\bnpm_[A-Za-z0-9]{36}\\b", "npm_"),
          new Shape(
              "a JSON web token",
              "\\beyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+",
              "eyJ"));
  private static final List<String> SHAPE_MARKERS =
      SHAPE_LIST.stream().flatMap(shape -> shape.markers().stream()).toList();

  /** What the upper-cased name of a secret holds, or with {@link #NAME_PREFIX}, starts with. */
  private static final List<String> NAME_PARTS =
      List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY");

  private static final String NAME_PREFIX = "AWS_";
  private static final Pattern SHAPES =
      Pattern.compile(
          String.join("|", SHAPE_LIST.stream().map(Shape::regex).toList()), Pattern.DOTALL);
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*+)[ \\t]*+[=:][ \\t]*+");
  private static final Pattern LEGACY_FORM =
      Pattern.compile("(?im)^(\\s*(?:ENV|ARG)\\s+)([A-Za-z_][A-Za-z0-9_]*)([ \\t]+)([^\\s=].*)$");
  private static final int SHORTEST_KNOWN_VALUE = 4;
  private static final SecretPatterns NONE = new SecretPatterns(List.of(), null);

  private final List<String> knownValues;
  private final Map<String, String> remembered;

  /**
   * A well-known secret format: what it is called, the text it matches, and the literals one of
   * which every match holds, which rule text out without running the expression.
   */
  private record Shape(String name, String regex, Pattern pattern, List<String> markers) {

    Shape(String name, String regex, String... markers) {
      this(name, regex, Pattern.compile(regex, Pattern.DOTALL), List.of(markers));
    }
  }

  private SecretPatterns(List<String> knownValues, Map<String, String> remembered) {
    this.knownValues = knownValues;
    this.remembered = remembered;
  }

  /** Masks by name and shape only. */
  public static SecretPatterns none() {
    return NONE;
  }

  /** Whether a variable of this name holds a secret, judged by its name alone. */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.startsWith(NAME_PREFIX) || NAME_PARTS.stream().anyMatch(upper::contains);
  }

  /** False when no part of {@code text} can be a secret name: it holds none of their markers. */
  private static boolean mayNameSecret(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    return upper.contains(NAME_PREFIX) || NAME_PARTS.stream().anyMatch(upper::contains);
  }

  /**
   * False when no part of {@code text} can have a secret's shape: it holds none of their markers.
   */
  private static boolean mayHaveShape(String text) {
    return SHAPE_MARKERS.stream().anyMatch(text::contains);
  }

  /** Whether {@code value} has the shape of a secret, whatever it is called. */
  public static boolean looksSecret(String value) {
    return mayHaveShape(value) && SHAPES.matcher(value).find();
  }

  /**
   * The kind of secret {@code value} holds, such as {@code an AWS access key id}, judged by its
   * shape alone; empty when it has no known shape.
   */
  public static Optional<String> shapeOf(String value) {
    return SHAPE_LIST.stream()
        .filter(shape -> shape.pattern().matcher(value).find())
        .map(Shape::name)
        .findFirst();
  }

  /** A copy that also masks the values of the secret-named entries of {@code variables}. */
  public SecretPatterns withValuesOf(Map<String, String> variables) {
    List<String> values = new ArrayList<>(knownValues);
    variables.forEach(
        (name, value) -> {
          if (isSecretName(name) && value.length() >= SHORTEST_KNOWN_VALUE) {
            values.add(value);
          }
        });
    return withValues(values);
  }

  /** A copy that also masks each of {@code values} of at least four characters. */
  public SecretPatterns withValues(Collection<String> values) {
    List<String> all = new ArrayList<>(knownValues);
    values.stream().filter(v -> v.length() >= SHORTEST_KNOWN_VALUE).forEach(all::add);
    all.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretPatterns(
        List.copyOf(all.stream().distinct().toList()), new ConcurrentHashMap<>());
  }

  /** {@code text} with every secret-looking value replaced by {@link #MASK}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return remembered == null ? mask(text) : remembered.computeIfAbsent(text, this::mask);
  }

  private String mask(String text) {
    String out = text;
    for (String value : knownValues) {
      out = out.replace(value, MASK);
    }
    if (mayHaveShape(out)) {
      out = SHAPES.matcher(out).replaceAll(MASK);
    }
    return mayNameSecret(out) ? maskLegacyForm(maskAssignments(out)) : out;
  }

  /** {@code value} masked whole when {@code name} is secret, else redacted as text. */
  public String redactValue(String name, String value) {
    return isSecretName(name) && value != null && !value.isEmpty() ? MASK : redact(value);
  }

  private static String maskAssignments(String text) {
    Matcher m = ASSIGNMENT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int valueStart = m.end();
      int valueEnd = valueEnd(text, valueStart);
      from = Math.max(valueStart, m.start() + 1);
      if (isSecretName(m.group(1)) && valueEnd > valueStart) {
        out.append(text, copied, valueStart).append(MASK);
        copied = valueEnd;
        from = valueEnd;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the value starting at {@code start} ends: past its closing quote (a backslash escapes
   * one) or at the end of the line for a quoted value, else at a space, quote or shell operator.
   */
  private static int valueEnd(String text, int start) {
    if (start >= text.length()) {
      return start;
    }
    char quote = text.charAt(start);
    if (quote != '"' && quote != '\'') {
      int i = start;
      while (i < text.length() && " \t\r\n\"';&|".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      return i;
    }
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      }
    }
    return text.length();
  }

  private static String maskLegacyForm(String text) {
    Matcher m = LEGACY_FORM.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement =
          isSecretName(m.group(2)) ? m.group(1) + m.group(2) + m.group(3) + MASK : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
