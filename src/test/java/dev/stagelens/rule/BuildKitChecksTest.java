package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BuildKit's checks fire with BuildKit's message on the exact line, and stay quiet otherwise. */
class BuildKitChecksTest {

  @Test
  void consistentInstructionCasing_minorityKeyword_fires() {
    assertEquals(
        List.of(
            "2 ConsistentInstructionCasing: Command 'run' should match the case of the command"
                + " majority (uppercase)"),
        Lint.of("ConsistentInstructionCasing", "FROM alpine:3.20\nrun true\nCMD [\"sh\"]\n"));
  }

  @Test
  void consistentInstructionCasing_allLower_quiet() {
    assertEquals(List.of(), Lint.of("ConsistentInstructionCasing", "from alpine:3.20\nrun true\n"));
  }

  @Test
  void undefinedArgInFrom_misspelledArg_firesWithSuggestion() {
    assertEquals(
        List.of(
            "2 UndefinedArgInFrom: FROM argument 'VERSON' is not declared (did you mean"
                + " VERSION?)"),
        Lint.of("UndefinedArgInFrom", "ARG VERSION=3.20\nFROM alpine${VERSON}\n"));
  }

  @Test
  void undefinedArgInFrom_declaredWithoutValue_quiet() {
    assertEquals(List.of(), Lint.of("UndefinedArgInFrom", "ARG TAG\nFROM alpine${TAG}\n"));
  }

  @Test
  void invalidDefaultArgInFrom_emptyDefault_fires() {
    assertEquals(
        List.of(
            "2 InvalidDefaultArgInFrom: Default value for ARG ${IMAGE} results in empty or"
                + " invalid base image name"),
        Lint.lines(
            Lint.REGISTRY.check(
                Lint.context(
                    "ARG IMAGE=\nFROM ${IMAGE}\n",
                    new BuildOptions(
                        Map.of("IMAGE", "alpine:3.20"),
                        Platform.LINUX_AMD64,
                        Platform.LINUX_AMD64,
                        Optional.empty()),
                    null))));
  }

  @Test
  void invalidDefaultArgInFrom_validDefault_quiet() {
    assertEquals(
        List.of(), Lint.of("InvalidDefaultArgInFrom", "ARG IMAGE=alpine:3.20\nFROM ${IMAGE}\n"));
  }

  @Test
  void redundantTargetPlatform_targetPlatform_fires() {
    assertEquals(
        List.of(
            "1 RedundantTargetPlatform: Setting platform to predefined $TARGETPLATFORM in FROM is"
                + " redundant as this is the default behavior"),
        Lint.of("RedundantTargetPlatform", "FROM --platform=$TARGETPLATFORM alpine:3.20\n"));
  }

  @Test
  void redundantTargetPlatform_buildPlatform_quiet() {
    assertEquals(
        List.of(),
        Lint.of("RedundantTargetPlatform", "FROM --platform=$BUILDPLATFORM alpine:3.20\n"));
  }

  @Test
  void fromPlatformFlagConstDisallowed_constant_fires() {
    assertEquals(
        List.of(
            "1 FromPlatformFlagConstDisallowed: FROM --platform flag should not use constant"
                + " value \"linux/amd64\""),
        Lint.of("FromPlatformFlagConstDisallowed", "FROM --platform=linux/amd64 alpine:3.20\n"));
  }

  @Test
  void fromPlatformFlagConstDisallowed_stageNamedAfterArch_quiet() {
    assertEquals(
        List.of(),
        Lint.of(
            "FromPlatformFlagConstDisallowed",
            "FROM --platform=linux/amd64 alpine:3.20 AS build-amd64\n"));
  }

  @Test
  void workdirRelativePath_firstWorkdirRelative_fires() {
    assertEquals(
        List.of(
            "2 WorkdirRelativePath: Relative workdir \"app\" can have unexpected results if the"
                + " base image changes"),
        Lint.of("WorkdirRelativePath", "FROM alpine:3.20\nWORKDIR app\nWORKDIR sub\n"));
  }

  @Test
  void workdirRelativePath_absoluteFirst_quiet() {
    assertEquals(
        List.of(), Lint.of("WorkdirRelativePath", "FROM alpine:3.20\nWORKDIR /app\nWORKDIR sub\n"));
  }

  @Test
  void undefinedVar_unsetInCopy_firesWithSuggestion() {
    assertEquals(
        List.of("3 UndefinedVar: Usage of undefined variable '$APP_DIRR' (did you mean $APP_DIR?)"),
        Lint.of("UndefinedVar", "FROM alpine:3.20\nENV APP_DIR=/app\nCOPY a.txt $APP_DIRR/\n"));
  }

  @Test
  void undefinedVar_argDeclaredWithoutValue_quiet() {
    assertEquals(
        List.of(), Lint.of("UndefinedVar", "FROM alpine:3.20\nARG DEST\nCOPY a.txt $DEST/\n"));
  }

  @Test
  void multipleInstructionsDisallowed_twoCmds_firesOnTheFirst() {
    assertEquals(
        List.of(
            "2 MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the"
                + " same stage because only the last one will be used"),
        Lint.of("MultipleInstructionsDisallowed", "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\n"));
  }

  @Test
  void multipleInstructionsDisallowed_oneCmdPerStage_quiet() {
    assertEquals(
        List.of(),
        Lint.of(
            "MultipleInstructionsDisallowed",
            "FROM alpine:3.20 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]\n"));
  }

  @Test
  void legacyKeyValueFormat_envWithSpace_fires() {
    assertEquals(
        List.of(
            "2 LegacyKeyValueFormat: \"ENV key=value\" should be used instead of legacy \"ENV key"
                + " value\" format"),
        Lint.of("LegacyKeyValueFormat", "FROM alpine:3.20\nENV MODE prod\n"));
  }

  @Test
  void legacyKeyValueFormat_equalsForm_quiet() {
    assertEquals(List.of(), Lint.of("LegacyKeyValueFormat", "FROM alpine:3.20\nENV MODE=prod\n"));
  }

  @Test
  void secretsUsedInArgOrEnv_tokenName_fires() {
    assertEquals(
        List.of(
            "2 SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG"
                + " \"GITHUB_TOKEN\")"),
        Lint.of("SecretsUsedInArgOrEnv", "FROM alpine:3.20\nARG GITHUB_TOKEN\n"));
  }

  @Test
  void secretsUsedInArgOrEnv_publicKeyName_quiet() {
    assertEquals(
        List.of(), Lint.of("SecretsUsedInArgOrEnv", "FROM alpine:3.20\nENV PUBLIC_KEY=abc\n"));
  }

  @Test
  void exposeProtoCasing_upperProto_fires() {
    assertEquals(
        List.of(
            "2 ExposeProtoCasing: Defined protocol '53/UDP' in EXPOSE instruction should be"
                + " lowercase"),
        Lint.of("ExposeProtoCasing", "FROM alpine:3.20\nEXPOSE 53/UDP\n"));
  }

  @Test
  void exposeProtoCasing_lowerProto_quiet() {
    assertEquals(List.of(), Lint.of("ExposeProtoCasing", "FROM alpine:3.20\nEXPOSE 53/udp\n"));
  }

  @Test
  void exposeInvalidFormat_hostMapping_fires() {
    assertEquals(
        List.of(
            "2 ExposeInvalidFormat: EXPOSE instruction should not define an IP address or"
                + " host-port mapping, found '8080:80'"),
        Lint.of("ExposeInvalidFormat", "FROM alpine:3.20\nEXPOSE 8080:80\n"));
  }

  @Test
  void exposeInvalidFormat_portOnly_quiet() {
    assertEquals(List.of(), Lint.of("ExposeInvalidFormat", "FROM alpine:3.20\nEXPOSE 80\n"));
  }

  @Test
  void dispatchTimeChecks_skipStagesTheTargetDoesNotBuild() {
    assertEquals(
        List.of(),
        Lint.of("LegacyKeyValueFormat", "FROM alpine:3.20 AS unused\nENV A b\nFROM alpine:3.20\n"));
  }

  @Test
  void parseTimeChecks_coverStagesTheTargetDoesNotBuild() {
    assertEquals(
        List.of("1 StageNameCasing: Stage name 'Unused' should be lowercase"),
        Lint.of("StageNameCasing", "FROM alpine:3.20 AS Unused\nFROM alpine:3.20\n"));
  }
}
