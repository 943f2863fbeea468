package dev.stagelens.rule;

import java.util.Locale;

/**
 * A build check BuildKit runs itself: same id, meaning and message text, documented on Docker's
 * site.
 */
abstract class BuildKitCheck extends AbstractRule {

  private static final String DOCS = "https://docs.docker.com/go/dockerfile/rule/";

  private final boolean dispatchOnly;

  /**
   * A BuildKit check.
   *
   * @param dispatchOnly true when BuildKit runs it while dispatching instructions, so only on the
   *     stages the target builds; false when it runs on every stage of the file
   */
  BuildKitCheck(
      String id, boolean dispatchOnly, String description, String fix, String... hadolint) {
    this(id, Severity.WARNING, dispatchOnly, description, fix, hadolint);
  }

  BuildKitCheck(
      String id,
      Severity severity,
      boolean dispatchOnly,
      String description,
      String fix,
      String... hadolint) {
    super(id, severity, false, description, fix, hadolint);
    this.dispatchOnly = dispatchOnly;
  }

  @Override
  public Scope scope() {
    return dispatchOnly ? Scope.BUILT_STAGES : Scope.ALL_STAGES;
  }

  @Override
  public String docs() {
    return DOCS + kebab(id()) + "/";
  }

  /**
   * True when BuildKit honours a {@code # check=} comment above the instruction; false for the
   * checks it runs over the whole file, which only the file's directive switches off.
   */
  boolean readsCheckComments() {
    return true;
  }

  /** {@code JSONArgsRecommended} as {@code json-args-recommended}, as Docker's pages are named. */
  static String kebab(String id) {
    return id.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .replaceAll("([a-z])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }
}
