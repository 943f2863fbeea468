package dev.stagelens.instruction;

import java.util.Optional;

/**
 * One {@code RUN --mount} as BuildKit parses it, before dispatch fills in its run-time defaults.
 *
 * <p>At dispatch BuildKit further treats an empty {@code from} of a cache mount as scratch, an
 * absent sharing as {@code shared}, and an empty cache id as the cleaned target path.
 *
 * @param type the mount type; {@code bind} when not given
 * @param from the stage or image to mount from, empty when not given
 * @param source the path inside {@code from} (or the build context), empty when not given
 * @param target where the mount appears, empty when not given
 * @param readOnly whether the mount is read-only; without {@code ro}/{@code rw} it is true except
 *     for cache and tmpfs mounts
 * @param sizeLimit the tmpfs size in bytes, 0 when not given
 * @param cacheId the {@code id=} value, empty when not given
 * @param sharing the cache sharing mode, empty when not given
 * @param required whether a secret or ssh mount must be provided
 * @param env the environment variable a secret is exposed as, empty when not given
 * @param mode the file mode (given in octal), empty when not given
 * @param uid the owner user id, empty when not given
 * @param gid the owner group id, empty when not given
 */
public record Mount(
    MountType type,
    String from,
    String source,
    String target,
    boolean readOnly,
    long sizeLimit,
    String cacheId,
    Optional<CacheSharing> sharing,
    boolean required,
    Optional<String> env,
    Optional<Long> mode,
    Optional<Long> uid,
    Optional<Long> gid) {}
