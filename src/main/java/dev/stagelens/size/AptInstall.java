package dev.stagelens.size;

import dev.stagelens.fs.PackageOptions;
import dev.stagelens.fs.ShellCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code apt-get install} or {@code apt install} adds to a layer, from the Debian archive: the
 * dependency closure of the named packages minus what the stage already holds.
 *
 * <p>Installed-Size counts each file rounded up to a KiB and includes documentation, which the slim
 * images exclude through dpkg's path filters; Python packages grow on install because {@code
 * py3compile} writes a {@code .pyc} beside every module.
 */
final class AptInstall {

  /** Files bytes over Installed-Size on slim images, which drop docs, man pages and locales. */
  static final double SLIM_FACTOR = 0.95;

  /** Files bytes over Installed-Size for Python packages, byte-compiled at install time. */
  static final double PYTHON_FACTOR = 1.5;

  /** What a package the archive does not know is assumed to add. */
  static final SizeEstimate UNKNOWN_PACKAGE =
      new SizeEstimate(10_000_000L, 0, 300_000_000L, "package not in the Debian data");

  private static final double SPREAD = 0.15;
  private static final double PROXY_SPREAD = 0.40;

  private AptInstall() {}

  /** The packages an install command names and whether it follows Recommends. */
  record Request(List<String> names, boolean recommends) {}

  /**
   * The estimate for one install, the packages it adds to the stage, and each named package's
   * share: the packages it pulls in that no name before it on the command line did.
   */
  record Result(SizeEstimate size, List<String> added, Map<String, SizeEstimate> byName) {}

  /** Reads the package names and the Recommends setting from an install command's words. */
  static Request request(ShellCommand command) {
    List<String> names = new ArrayList<>();
    boolean recommends = true;
    boolean afterInstall = false;
    List<String> args = command.args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--no-install-recommends") || isRecommendsOff(arg)) {
        recommends = false;
      } else if (PackageOptions.APT.contains(arg)) {
        recommends &= i + 1 >= args.size() || !isRecommendsOff(args.get(++i));
      } else if (!arg.startsWith("-") && afterInstall) {
        names.add(packageName(arg));
      } else if (arg.equals("install")) {
        afterInstall = true;
      }
    }
    return new Request(List.copyOf(names), recommends);
  }

  private static boolean isRecommendsOff(String option) {
    String lower = option.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    return lower.contains("apt::install-recommends=false")
        || lower.contains("apt::install-recommends=0")
        || lower.contains("apt::install-recommends=no");
  }

  private static String packageName(String word) {
    int cut = word.length();
    for (char c : new char[] {'=', '/'}) {
      int at = word.indexOf(c);
      cut = at >= 0 ? Math.min(cut, at) : cut;
    }
    return word.substring(0, cut);
  }

  /** The size of {@code request} on {@code distro}, given the packages already installed. */
  static Result estimate(Request request, DistroBase distro, Set<String> installed) {
    DebianArchive archive = DebianArchive.of(distro.release());
    List<String> added = archive.closure(request.names(), request.recommends(), installed);
    SizeEstimate known =
        SizeEstimate.around(
            bytes(added, archive, distro),
            distro.proxy() ? PROXY_SPREAD : SPREAD,
            basis(request, added.size(), distro));
    SizeEstimate unknown = unknownNames(request, archive);
    return new Result(
        known.plus(unknown), added, shares(request, distro, installed, Set.copyOf(added)));
  }

  private static long bytes(List<String> packages, DebianArchive archive, DistroBase distro) {
    double bytes = 0;
    for (String name : packages) {
      double factor = isPython(name) ? PYTHON_FACTOR : 1.0;
      bytes += archive.installedBytes(name) * factor * (distro.slim() ? SLIM_FACTOR : 1.0);
    }
    return Math.round(bytes);
  }

  private static Map<String, SizeEstimate> shares(
      Request request, DistroBase distro, Set<String> installed, Set<String> added) {
    DebianArchive archive = DebianArchive.of(distro.release());
    Set<String> seen = new HashSet<>(installed);
    Map<String, SizeEstimate> out = new LinkedHashMap<>();
    for (String name : request.names()) {
      if (!archive.knows(name)) {
        out.put(name, UNKNOWN_PACKAGE);
        continue;
      }
      List<String> own =
          archive.closure(List.of(name), request.recommends(), seen).stream()
              .filter(added::contains)
              .toList();
      seen.addAll(own);
      out.put(
          name,
          SizeEstimate.around(
              bytes(own, archive, distro),
              distro.proxy() ? PROXY_SPREAD : SPREAD,
              shareBasis(name, own.size(), distro)));
    }
    return out;
  }

  private static SizeEstimate unknownNames(Request request, DebianArchive archive) {
    SizeEstimate sum = new SizeEstimate(0, 0, 0, "");
    for (String name : request.names()) {
      if (!archive.knows(name)) {
        sum = sum.plus(UNKNOWN_PACKAGE);
      }
    }
    return sum;
  }

  private static String shareBasis(String name, int count, DistroBase distro) {
    return count == 0
        ? name + " is already in the stage"
        : name
            + " and the "
            + (count - 1)
            + " packages only it pulls in (Debian "
            + distro.release()
            + " Installed-Size)";
  }

  private static boolean isPython(String name) {
    return name.startsWith("python3") || name.startsWith("libpython3");
  }

  private static String basis(Request request, int count, DistroBase distro) {
    return count
        + " Debian "
        + distro.release()
        + " packages for "
        + String.join(" ", request.names())
        + (request.recommends() ? " with" : " without")
        + " recommends (Installed-Size"
        + (distro.slim() ? ", docs excluded as on slim images" : "")
        + (distro.proxy() ? "; Debian data as a proxy for " + distro.distribution() : "")
        + ")";
  }
}
