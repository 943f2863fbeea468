package dev.stagelens.optimize;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.fs.UnixPaths;
import dev.stagelens.graph.GraphStage;
import dev.stagelens.instruction.CmdInstruction;
import dev.stagelens.instruction.CommandLine;
import dev.stagelens.instruction.EntrypointInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.ExpansionException;
import dev.stagelens.instruction.ExposeInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.instruction.ShellLex;
import dev.stagelens.instruction.UserInstruction;
import dev.stagelens.instruction.WordExpander;
import dev.stagelens.instruction.WorkdirInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the target image does when it runs, as its Dockerfile declares it: entrypoint, command,
 * exposed ports, user, working directory and environment, through the chain of stages the image is
 * built FROM. Base images are not resolved, so what only the base image sets is "not set", except
 * the command: when no shipped stage declares CMD or ENTRYPOINT it is the base image's, and names
 * that image, so that a rewrite changing the base changes it too.
 *
 * @param entrypoint the effective ENTRYPOINT, or {@code not set}
 * @param cmd the effective CMD, {@code not set}, or the base image it comes from
 * @param ports the exposed ports, sorted
 * @param user the effective USER, or {@code not set}
 * @param workdir the effective WORKDIR, or {@code not set}
 * @param env the variables ENV instructions set, by name
 */
record Behaviour(
    String entrypoint,
    String cmd,
    Set<String> ports,
    String user,
    String workdir,
    Map<String, String> env) {

  static final String NOT_SET = "not set";

  Behaviour {
    ports = Set.copyOf(new TreeSet<>(ports));
    env = Map.copyOf(env);
  }

  /** The behaviour of the target image of {@code analysis}. */
  static Behaviour of(Analysis analysis) {
    Walk walk = new Walk(new ShellLex(analysis.parsed().escapeToken()));
    List<GraphStage> chain = analysis.graph().shippedStages();
    for (GraphStage stage : chain) {
      walk.stage(analysis, stage.index());
    }
    String cmd =
        walk.cmd == null && walk.entrypoint.equals(NOT_SET)
            ? "from the base image " + chain.get(0).expandedBase()
            : walk.cmd == null ? NOT_SET : walk.cmd;
    return new Behaviour(walk.entrypoint, cmd, walk.ports, walk.user, walk.workdir, walk.env);
  }

  /** The first way {@code after} differs from this, ignoring {@code envChanged}; empty if none. */
  List<String> differences(Behaviour after, Set<String> envChanged) {
    List<String> out = new ArrayList<>();
    compare(out, "ENTRYPOINT", entrypoint, after.entrypoint);
    compare(out, "CMD", cmd, after.cmd);
    compare(out, "exposed ports", ports.toString(), after.ports.toString());
    compare(out, "USER", user, after.user);
    compare(out, "WORKDIR", workdir, after.workdir);
    Map<String, String> was = new TreeMap<>(env);
    Map<String, String> now = new TreeMap<>(after.env);
    envChanged.forEach(
        name -> {
          was.remove(name);
          now.remove(name);
        });
    compare(out, "ENV", was.toString(), now.toString());
    return out;
  }

  private static void compare(List<String> out, String what, String before, String after) {
    if (!before.equals(after)) {
      out.add(what + " would change from " + before + " to " + after);
    }
  }

  /** The state of the image config while walking the shipped stages. */
  private static final class Walk {
    private final ShellLex lex;
    private String entrypoint = NOT_SET;
    private String cmd;
    private final Set<String> ports = new TreeSet<>();
    private String user = NOT_SET;
    private String workdir = NOT_SET;
    private final Map<String, String> env = new TreeMap<>();

    Walk(ShellLex lex) {
      this.lex = lex;
    }

    void stage(Analysis analysis, int index) {
      boolean cmdSet = false;
      List<Instruction> commands = analysis.instructions().stages().get(index).commands();
      for (int i = 0; i < commands.size(); i++) {
        WordExpander words =
            WordExpander.of(lex, analysis.env().stages().get(index).lookupBefore(i));
        Instruction command = commands.get(i);
        if (command instanceof EntrypointInstruction e) {
          entrypoint = describe(e.command());
          cmd = cmdSet ? cmd : NOT_SET;
        } else if (command instanceof CmdInstruction c) {
          cmd = describe(c.command());
          cmdSet = true;
        } else {
          declare(command, words);
        }
      }
    }

    private void declare(Instruction command, WordExpander words) {
      if (command instanceof ExposeInstruction e) {
        e.ports().forEach(port -> ports.add(expand(words, port)));
      } else if (command instanceof UserInstruction u) {
        user = expand(words, u.user());
      } else if (command instanceof WorkdirInstruction w) {
        String path = expand(words, w.path());
        String base = workdir.equals(NOT_SET) ? "/" : workdir;
        workdir = UnixPaths.resolve(base, path);
      } else if (command instanceof EnvInstruction e) {
        for (KeyValue pair : e.env()) {
          env.put(expand(words, pair.key()), expand(words, pair.value()));
        }
      }
    }

    private static String expand(WordExpander words, String word) {
      try {
        return words.expand(word);
      } catch (ExpansionException e) {
        return word;
      }
    }

    private static String describe(CommandLine command) {
      return (command.execForm() ? "exec " : "shell ") + command.args();
    }
  }
}
