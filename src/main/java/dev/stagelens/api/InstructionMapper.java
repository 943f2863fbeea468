package dev.stagelens.api;

import dev.stagelens.api.InstructionView.ArgView;
import dev.stagelens.api.InstructionView.HealthcheckView;
import dev.stagelens.api.InstructionView.HeredocSourceView;
import dev.stagelens.api.InstructionView.MountView;
import dev.stagelens.api.InstructionView.PairView;
import dev.stagelens.instruction.AddInstruction;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.CommandLine;
import dev.stagelens.instruction.CopyInstruction;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.ExposeInstruction;
import dev.stagelens.instruction.FromInstruction;
import dev.stagelens.instruction.HealthcheckInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.instruction.LabelInstruction;
import dev.stagelens.instruction.MaintainerInstruction;
import dev.stagelens.instruction.Mount;
import dev.stagelens.instruction.OnbuildInstruction;
import dev.stagelens.instruction.RunInstruction;
import dev.stagelens.instruction.ShellInstruction;
import dev.stagelens.instruction.SourcesAndDest;
import dev.stagelens.instruction.StopSignalInstruction;
import dev.stagelens.instruction.UserInstruction;
import dev.stagelens.instruction.VolumeInstruction;
import dev.stagelens.instruction.WorkdirInstruction;
import dev.stagelens.parse.SecretPatterns;
import java.util.List;

/** Maps typed instructions to their API view, one small method per kind. */
final class InstructionMapper {

  private InstructionMapper() {}

  /** A builder of views with every field empty but the keyword. */
  private static final class View {
    String keyword;
    String baseName;
    String stageName;
    String platform;
    List<String> command;
    Boolean shellForm;
    List<MountView> mounts;
    String network;
    String security;
    List<String> sources;
    List<HeredocSourceView> heredocSources;
    String dest;
    String from;
    String chown;
    String chmod;
    Boolean link;
    Boolean parents;
    List<String> excludes;
    String checksum;
    Boolean keepGitDir;
    Boolean unpack;
    List<PairView> pairs;
    List<ArgView> args;
    List<String> values;
    String value;
    HealthcheckView healthcheck;
    InstructionView trigger;
    SecretPatterns secrets = SecretPatterns.none();

    View(String keyword) {
      this.keyword = keyword;
    }

    InstructionView build() {
      return new InstructionView(
          keyword,
          baseName,
          stageName,
          platform,
          command,
          shellForm,
          mounts,
          network,
          security,
          sources,
          heredocSources,
          dest,
          from,
          chown,
          chmod,
          link,
          parents,
          excludes,
          checksum,
          keepGitDir,
          unpack,
          pairs,
          args,
          values,
          value,
          healthcheck,
          trigger);
    }
  }

  /** The view of {@code instruction} with secret-looking values masked by {@code secrets}. */
  static InstructionView toView(Instruction instruction, SecretPatterns secrets) {
    View view = new View(instruction.keyword());
    view.secrets = secrets;
    if (instruction instanceof FromInstruction from) {
      from(from, view);
    } else if (instruction instanceof RunInstruction run) {
      run(run, view);
    } else if (instruction instanceof CmdInstruction cmd) {
      command(cmd.command(), view);
    } else if (instruction instanceof EntrypointInstruction entrypoint) {
      command(entrypoint.command(), view);
    } else if (instruction instanceof CopyInstruction copy) {
      copy(copy, view);
    } else if (instruction instanceof AddInstruction add) {
      add(add, view);
    } else {
      simple(instruction, view);
    }
    return view.build();
  }

  private static void from(FromInstruction from, View view) {
    view.baseName = from.baseName();
    view.stageName = from.stageName().orElse(null);
    view.platform = from.platform().orElse(null);
  }

  private static void run(RunInstruction run, View view) {
    command(run.command(), view);
    view.mounts = run.mounts().stream().map(InstructionMapper::mount).toList();
    view.network = run.network();
    view.security = run.security();
  }

  private static void command(CommandLine line, View view) {
    view.command = line.args().stream().map(view.secrets::redact).toList();
    view.shellForm = line.prependShell();
  }

  private static MountView mount(Mount m) {
    return new MountView(
        m.type().value(),
        emptyToNull(m.from()),
        emptyToNull(m.source()),
        emptyToNull(m.target()),
        m.readOnly(),
        emptyToNull(m.cacheId()),
        m.sharing().map(s -> s.value()).orElse(null),
        m.required() ? Boolean.TRUE : null,
        m.env().orElse(null),
        m.mode().orElse(null),
        m.uid().orElse(null),
        m.gid().orElse(null),
        m.sizeLimit() > 0 ? m.sizeLimit() : null);
  }

  private static void copy(CopyInstruction copy, View view) {
    files(copy.files(), view);
    view.from = emptyToNull(copy.from());
    view.chown = emptyToNull(copy.chown());
    view.chmod = emptyToNull(copy.chmod());
    view.link = copy.link();
    view.parents = copy.parents();
    view.excludes = copy.excludes();
  }

  private static void add(AddInstruction add, View view) {
    files(add.files(), view);
    view.chown = emptyToNull(add.chown());
    view.chmod = emptyToNull(add.chmod());
    view.link = add.link();
    view.excludes = add.excludes();
    view.checksum = emptyToNull(add.checksum());
    view.keepGitDir = add.keepGitDir().orElse(null);
    view.unpack = add.unpack().orElse(null);
  }

  private static void files(SourcesAndDest files, View view) {
    view.sources = files.sourcePaths();
    view.heredocSources =
        files.sourceContents().stream()
            .map(c -> new HeredocSourceView(c.path(), view.secrets.redact(c.data()), c.expand()))
            .toList();
    view.dest = files.dest();
  }

  private static void simple(Instruction instruction, View view) {
    if (instruction instanceof EnvInstruction env) {
      view.pairs = pairs(env.env(), view.secrets);
    } else if (instruction instanceof LabelInstruction label) {
      view.pairs = pairs(label.labels(), view.secrets);
    } else if (instruction instanceof ArgInstruction arg) {
      view.args =
          arg.args().stream()
              .map(
                  a ->
                      new ArgView(
                          a.key(),
                          a.defaultValue()
                              .map(d -> view.secrets.redactValue(a.key(), d))
                              .orElse(null)))
              .toList();
    } else if (instruction instanceof ExposeInstruction expose) {
      view.values = expose.ports();
    } else if (instruction instanceof VolumeInstruction volume) {
      view.values = volume.volumes();
    } else if (instruction instanceof ShellInstruction shell) {
      view.values = shell.shell();
    } else if (instruction instanceof HealthcheckInstruction health) {
      view.healthcheck = healthcheck(health);
    } else if (instruction instanceof OnbuildInstruction onbuild) {
      view.value = view.secrets.redact(onbuild.expression());
      view.trigger = onbuild.trigger().map(t -> toView(t, view.secrets)).orElse(null);
    } else {
      String value = singleValue(instruction);
      view.value = value == null ? null : view.secrets.redact(value);
    }
  }

  private static String singleValue(Instruction instruction) {
    if (instruction instanceof UserInstruction user) {
      return user.user();
    }
    if (instruction instanceof WorkdirInstruction workdir) {
      return workdir.path();
    }
    if (instruction instanceof StopSignalInstruction signal) {
      return signal.signal();
    }
    if (instruction instanceof MaintainerInstruction maintainer) {
      return maintainer.maintainer();
    }
    return null;
  }

  private static List<PairView> pairs(List<KeyValue> pairs, SecretPatterns secrets) {
    return pairs.stream()
        .map(p -> new PairView(p.key(), secrets.redactValue(p.key(), p.value()), p.noDelim()))
        .toList();
  }

  private static HealthcheckView healthcheck(HealthcheckInstruction h) {
    return new HealthcheckView(
        h.test(),
        h.disabled(),
        h.interval().toMillis(),
        h.timeout().toMillis(),
        h.startPeriod().toMillis(),
        h.startInterval().toMillis(),
        h.retries());
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
