package dev.mistralready.checks.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code with:} block of a {@code command} gate.
 *
 * @param run      what to execute
 * @param cwd      working directory relative to the project root; empty means the root
 * @param env      extra environment variables for the command
 * @param ifExists a path relative to the project root; when it does not exist the gate is skipped
 */
public record CommandOptions(
        @OptionDoc(value = "the command: a shell string, or a list of arguments run without a shell", required = true,
                type = "text or list")
        @JsonProperty(value = "run", required = true)
        Invocation run,

        @OptionDoc("working directory, relative to the project root (default: the root)")
        @JsonProperty("cwd")
        Optional<String> cwd,

        @OptionDoc("extra environment variables for the command (name: value)")
        @JsonProperty("env")
        Map<String, String> env,

        @OptionDoc("skip the gate unless this path, relative to the project root, exists")
        @JsonProperty("if-exists")
        Optional<String> ifExists) {

    public CommandOptions {
        if (run == null) {
            throw new IllegalArgumentException(Invocation.EXPECTED);
        }
        cwd = presentUnlessBlank(cwd);
        env = checkedEnvironment(env);
        ifExists = presentUnlessBlank(ifExists);
    }

    /** Just the command, everything else at its default. */
    public static CommandOptions of(Invocation run) {
        return new CommandOptions(run, Optional.empty(), Map.of(), Optional.empty());
    }

    /**
     * The creator Jackson uses: plain values, so binding needs no Optional support module; absent
     * keys arrive as {@code null} and become empty in the canonical constructor.
     */
    @JsonCreator
    static CommandOptions bind(@JsonProperty(value = "run", required = true) Invocation run,
                               @JsonProperty("cwd") String cwd,
                               @JsonProperty("env") Map<String, String> env,
                               @JsonProperty("if-exists") String ifExists) {
        return new CommandOptions(run, Optional.ofNullable(cwd), env, Optional.ofNullable(ifExists));
    }

    private static Optional<String> presentUnlessBlank(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(text -> !text.isBlank()).map(String::trim);
    }

    private static Map<String, String> checkedEnvironment(Map<String, String> env) {
        if (env == null) {
            return Map.of();
        }
        Map<String, String> checked = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name == null || name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("`env` names must be non-empty and contain no `=`; got `" + name + "`");
            }
            if (value == null) {
                throw new IllegalArgumentException("`env` variable `" + name + "` needs a value (use \"\" for empty)");
            }
            checked.put(name, value);
        });
        return Map.copyOf(checked);
    }
}
