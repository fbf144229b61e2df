package dev.mistralready.checks.alerts;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.process.CommandProcess;
import dev.mistralready.process.Executables;
import dev.mistralready.process.SecretMask;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code promtool check rules} over the plain rule files, found on the PATH of the check's environment
 * and run with the command gate's process runner (output tail, cancellation, whole-tree kill).
 */
final class Promtool {

    static final String RULE_SYNTAX = "MR-ALR-009";

    /** {@code alerts/x.yml: 7:13: group "g", rule 2, …} and the shorter {@code alerts/x.yml: yaml: line 3: …}. */
    private static final Pattern LOCATED = Pattern.compile("^\\s*(\\S+?):\\s+(?:(\\d+):(\\d+):\\s+)?(.+)$");
    private static final Pattern YAML_LINE = Pattern.compile("line (\\d+)");

    /** What promtool said: findings, and a line for the outcome's details. */
    record Verdict(List<Finding> findings, String details) {
    }

    private Promtool() {
    }

    static Optional<Path> find(Map<String, String> environment) {
        return Executables.onPath(environment, "promtool");
    }

    static Verdict check(Path promtool, List<String> files, CheckContext context) throws IOException {
        List<String> command = new ArrayList<>(List.of(promtool.toString(), "check", "rules"));
        command.addAll(files);
        ProcessBuilder builder = new ProcessBuilder(command).directory(context.projectRoot().toFile());
        builder.environment().clear();
        builder.environment().putAll(context.environment());
        context.progress().report("running promtool check rules on " + files.size() + (files.size() == 1 ? " file" : " files"));
        CommandProcess.Result result = CommandProcess.run(builder, SecretMask.of(context.environment()), context.cancellation());
        if (result.stopped()) {
            return new Verdict(List.of(), "promtool was stopped before it finished; syntax was not checked");
        }
        if (result.exitCode() == 0) {
            return new Verdict(List.of(), "promtool check rules: " + files.size() + (files.size() == 1 ? " file" : " files") + " valid");
        }
        List<Finding> findings = new ArrayList<>();
        String fix = "Fix the rule as promtool says; run `promtool check rules " + String.join(" ", files) + "` to confirm.";
        for (String line : result.output().lines()) {
            Matcher located = LOCATED.matcher(line);
            if (located.matches() && files.contains(located.group(1))) {
                int lineNumber = located.group(2) != null ? Integer.parseInt(located.group(2)) : yamlLine(located.group(4));
                String message = "promtool: " + located.group(4).trim();
                findings.add(Finding.of(RULE_SYNTAX, Severity.ERROR, message, fix)
                        .at(Location.of(located.group(1), Math.max(1, lineNumber))));
            }
        }
        if (findings.isEmpty()) {
            findings.add(Finding.of(RULE_SYNTAX, Severity.ERROR,
                    "promtool check rules exited with code " + result.exitCode(), fix));
        }
        return new Verdict(findings, "promtool check rules exited with code " + result.exitCode() + "\n" + result.output().render());
    }

    private static int yamlLine(String message) {
        Matcher matcher = YAML_LINE.matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }
}
