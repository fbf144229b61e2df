package dev.mistralready.checks.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.OptionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a gate's {@code run:} says to execute: either a command line for the shell
 * ({@code run: npm test}) or an argument vector run without a shell ({@code run: [npm, test]}).
 *
 * @param arguments for the shell form the single command line, otherwise the program and its arguments
 * @param viaShell  whether {@code arguments} is one command line for {@code sh -c} / {@code cmd.exe /c}
 */
@OptionSchema("""
        {"anyOf": [
          {"type": "string", "minLength": 1},
          {"type": "array", "minItems": 1, "items": {"type": ["string", "number", "boolean"]}}]}
        """)
public record Invocation(List<String> arguments, boolean viaShell) {

    static final String EXPECTED = "`run` must be a command string or a list of arguments";

    /** Arguments that need no quoting when shown to people. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    /** {@code NAME=value} prefixes of a shell command line, which are not the program. */
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    public Invocation {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty() || arguments.get(0).isBlank() || (viaShell && arguments.size() != 1)) {
            throw new IllegalArgumentException(EXPECTED);
        }
    }

    /** A command line run by the platform's shell. */
    public static Invocation shell(String commandLine) {
        return new Invocation(List.of(Objects.requireNonNull(commandLine, "commandLine")), true);
    }

    /** A program and its arguments, run directly: no word splitting, no globbing. */
    public static Invocation argv(List<String> arguments) {
        return new Invocation(arguments, false);
    }

    /** Binds {@code run:} as written in YAML: a scalar is a command line, a list is an argument vector. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Invocation fromYaml(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        if (node.isValueNode()) {
            String text = node.asText();
            if (text.isBlank()) {
                throw new IllegalArgumentException(EXPECTED + "; it is empty");
            }
            return shell(text);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        List<String> words = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isValueNode() || element.isNull()) {
                throw new IllegalArgumentException(EXPECTED + "; each list item must be a plain value");
            }
            words.add(element.asText());
        }
        if (words.get(0).isBlank()) {
            throw new IllegalArgumentException(EXPECTED + "; the first item must name the program");
        }
        return argv(words);
    }

    /** The argument vector handed to the operating system. */
    List<String> processCommand(boolean windows) {
        if (!viaShell) {
            return arguments;
        }
        return windows ? List.of("cmd.exe", "/c", arguments.get(0)) : List.of("sh", "-c", arguments.get(0));
    }

    /** The program being run, as people would name it: {@code npm} for {@code npm test}. */
    String program() {
        if (!viaShell) {
            return arguments.get(0);
        }
        for (String word : arguments.get(0).trim().split("\\s+")) {
            if (!ASSIGNMENT.matcher(word).matches()) {
                return word;
            }
        }
        return arguments.get(0).trim();
    }

    /** For messages: {@code npm test}; a list joined with spaces, quoting what needs it. */
    public String display() {
        if (viaShell) {
            return arguments.get(0);
        }
        List<String> shown = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            shown.add(PLAIN.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return String.join(" ", shown);
    }

    @Override
    public String toString() {
        return display();
    }
}
