package dev.stagelens.graph;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference parsed and normalised as Docker's reference library does it.
 *
 * <p>{@code node} becomes {@code docker.io/library/node:latest}; {@code index.docker.io} is {@code
 * docker.io}; a reference with a digest and no tag keeps no tag.
 *
 * @param registry the registry host, with port when given, such as {@code docker.io}
 * @param repository the path inside the registry, such as {@code library/node}
 * @param tag the tag, or null when the reference pins only a digest
 * @param digest the digest such as {@code sha256:...}, or null
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

  /** The registry Docker uses for a reference without a host. */
  public static final String DOCKER_HUB = "docker.io";

  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?:" + DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?");
  private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final int MAX_NAME_LENGTH = 255;

  /** Docker's message for a reference that does not match its grammar. */
  private static final String INVALID = "invalid reference format";

  /**
   * Parses {@code text} into a normalised reference.
   *
   * @throws InvalidReferenceException when the text is not a valid reference, with Docker's reason
   */
  public static ImageReference parse(String text) {
    if (text.isEmpty()) {
      throw new InvalidReferenceException(INVALID);
    }
    String rest = text;
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
      if (!DIGEST.matcher(digest).matches()) {
        throw new InvalidReferenceException(INVALID);
      }
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        throw new InvalidReferenceException(INVALID);
      }
    }
    String[] split = splitDomain(rest);
    String registry = split[0];
    String repository = split[1];
    checkRepository(text, registry, repository);
    if (tag == null && digest == null) {
      tag = "latest";
    }
    return new ImageReference(registry, repository, tag, digest);
  }

  private static String[] splitDomain(String name) {
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    boolean hasDomain =
        slash >= 0
            && (first.contains(".")
                || first.contains(":")
                || first.equals("localhost")
                || !first.equals(first.toLowerCase(Locale.ROOT)));
    String registry = hasDomain ? first : DOCKER_HUB;
    String repository = hasDomain ? name.substring(slash + 1) : name;
    if (registry.equals("index.docker.io")) {
      registry = DOCKER_HUB;
    }
    if (registry.equals(DOCKER_HUB) && repository.indexOf('/') < 0) {
      repository = "library/" + repository;
    }
    return new String[] {registry, repository};
  }

  private static void checkRepository(String text, String registry, String repository) {
    if (!repository.equals(repository.toLowerCase(Locale.ROOT))) {
      throw new InvalidReferenceException(
          "invalid reference format: repository name must be lowercase");
    }
    Matcher domain = DOMAIN.matcher(registry);
    if (!domain.matches() || !PATH.matcher(repository).matches()) {
      throw new InvalidReferenceException(INVALID);
    }
    if (registry.length() + 1 + repository.length() > MAX_NAME_LENGTH) {
      throw new InvalidReferenceException(
          "invalid reference format: repository name must not be more than 255 characters");
    }
  }

  /** True when the image comes from Docker Hub's official library, such as {@code node}. */
  public boolean isOfficial() {
    return registry.equals(DOCKER_HUB) && repository.startsWith("library/");
  }

  /** The short name Docker shows, such as {@code node} or {@code nvidia/cuda}. */
  public String familiarName() {
    if (isOfficial()) {
      return repository.substring("library/".length());
    }
    return registry.equals(DOCKER_HUB) ? repository : registry + "/" + repository;
  }

  /** The full normalised text, such as {@code docker.io/library/node:18}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(registry).append('/').append(repository);
    if (tag != null) {
      out.append(':').append(tag);
    }
    if (digest != null) {
      out.append('@').append(digest);
    }
    return out.toString();
  }
}
