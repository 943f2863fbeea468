package dev.stagelens.optimize;

/** Recognises RUNs that only install Debian packages. */
final class Apt {

  private Apt() {}

  /** True when every command of {@code chain} is apt-get or removes apt's package lists. */
  static boolean only(AndChain chain) {
    for (int i = 0; i < chain.segments().size(); i++) {
      String program = chain.program(i);
      boolean lists =
          program.equals("rm")
              && chain.words(i).stream()
                  .skip(1)
                  .allMatch(w -> w.startsWith("-") || w.startsWith("/var/lib/apt/lists"));
      if (!program.equals("apt-get") && !lists) {
        return false;
      }
    }
    return true;
  }
}
