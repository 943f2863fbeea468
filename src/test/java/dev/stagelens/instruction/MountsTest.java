package dev.stagelens.instruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MountsTest {

  private static Mount parse(String spec) {
    return Mounts.parse(spec, WordExpander.IDENTITY);
  }

  private static String error(String spec) {
    return assertThrows(InstructionException.class, () -> parse(spec)).getMessage();
  }

  @Test
  void bind_defaults_areReadOnlyBindFromContext() {
    assertEquals(
        new Mount(
            MountType.BIND,
            "",
            "",
            "/src",
            true,
            0,
            "",
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        parse("target=/src"));
  }

  @Test
  void bind_allFields_areRead() {
    Mount mount = parse("type=bind,from=assets,src=/dist,dst=/mnt,rw");
    assertEquals("assets", mount.from());
    assertEquals("/dist", mount.source());
    assertEquals("/mnt", mount.target());
    assertEquals(false, mount.readOnly());
  }

  @Test
  void cache_defaults_areWritableWithoutSharing() {
    Mount mount = parse("type=cache,target=/root/.cache");
    assertEquals(MountType.CACHE, mount.type());
    assertEquals(false, mount.readOnly());
    assertEquals(Optional.empty(), mount.sharing());
  }

  @Test
  void cache_allFields_areRead() {
    Mount mount =
        parse("type=cache,id=pip,target=/c,sharing=LOCKED,mode=0755,uid=1000,gid=100,ro=true");
    assertEquals("pip", mount.cacheId());
    assertEquals(Optional.of(CacheSharing.LOCKED), mount.sharing());
    assertEquals(Optional.of(493L), mount.mode());
    assertEquals(Optional.of(1000L), mount.uid());
    assertEquals(Optional.of(100L), mount.gid());
    assertEquals(true, mount.readOnly());
  }

  @Test
  void tmpfs_size_isParsedAsBinaryUnits() {
    Mount mount = parse("type=tmpfs,target=/t,size=64m");
    assertEquals(64L << 20, mount.sizeLimit());
    assertEquals(false, mount.readOnly());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100,100", "1k,1024", "1KiB,1024", "1kb,1024", "1.5g,1610612736", "2 m,2097152"})
  void tmpfs_sizeForms(String size, long bytes) {
    assertEquals(bytes, parse("type=tmpfs,target=/t,size=" + size).sizeLimit());
  }

  @Test
  void secret_defaults_areReadOnlyAndOptional() {
    Mount mount = parse("type=secret,id=npmrc,env=NPM_TOKEN,required");
    assertEquals(MountType.SECRET, mount.type());
    assertEquals(true, mount.readOnly());
    assertEquals(true, mount.required());
    assertEquals(Optional.of("NPM_TOKEN"), mount.env());
  }

  @Test
  void ssh_requiredFalse_isRead() {
    Mount mount = parse("type=ssh,required=false");
    assertEquals(MountType.SSH, mount.type());
    assertEquals(false, mount.required());
  }

  @Test
  void values_areExpandedAtDispatch() {
    WordExpander expander =
        WordExpander.of(new ShellLex('\\'), VariableLookup.of(Map.of("DIR", "/cache")));
    assertEquals("/cache/go", Mounts.parse("type=cache,target=$DIR/go", expander).target());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "type=bogus|unsupported mount type \"bogus\"",
        "type=cach|unsupported mount type \"cach\" (did you mean cache?)",
        "type=cache,sharing=all|unsupported sharing value \"all\"",
        "type=cache,sharing=lockd|unsupported sharing value \"lockd\" (did you mean locked?)",
        "target=/a,tagret=/b|unexpected key 'tagret' in 'tagret=/b' (did you mean target?)",
        "target=/a,bogus|invalid field 'bogus' must be a key=value pair",
        "required,type=secret,id=x|unexpected key 'required' for mount type 'bind'",
        "type=bind,size=1m|unexpected key 'size' for mount type 'bind'",
        "type=tmpfs,size=lots|invalid value for size: lots",
        "type=bind,ro=maybe|invalid value for ro: maybe",
        "type=cache,target=/c,mode=999|invalid value 999 for mode",
        "type=cache,target=/c,uid=-1|invalid value -1 for uid",
        "type=bind,target=/c,mode=644|mode not allowed for \"bind\" type mounts",
        "type=tmpfs,target=/c,uid=1|uid not allowed for \"tmpfs\" type mounts",
        "type=secret,from=x,id=a|secret mount should not have a from",
        "type=secret,id=a,sharing=shared|secret mount should not define sharing",
        "type=secret|invalid secret mount. one of source, target required",
        "type=secret,source=a,id=b|both source and id can't be set",
        "type=bind,target=/c,sharing=shared|invalid cache sharing set for bind mount",
        "\"target=/a|failed to parse csv mounts: parse error on line 1, column 2: extraneous or"
            + " missing \" in quoted-field",
        "\"target=/a\"x|failed to parse csv mounts: parse error on line 1, column 11: extraneous or"
            + " missing \" in quoted-field",
        "target=\"/a|failed to parse csv mounts: parse error on line 1, column 8: bare \" in"
            + " non-quoted-field",
        "target=/a\"b|failed to parse csv mounts: parse error on line 1, column 10: bare \" in"
            + " non-quoted-field",
      })
  void invalidMount_failsWithBuildKitMessage(String spec, String message) {
    assertEquals(message, error(spec));
  }

  @Test
  void emptySpec_failsWithEof() {
    assertEquals("failed to parse csv mounts: EOF", error(""));
  }

  @Test
  void quotedCsvField_mayHoldComma() {
    assertEquals("/a,b", parse("\"target=/a,b\"").target());
  }

  @Test
  void check_fromWithTrailingDollar_isAllowed() {
    Mounts.check("from=stage$,target=/x");
    assertEquals("stage$", parse("from=stage$,target=/x").from());
  }
}
