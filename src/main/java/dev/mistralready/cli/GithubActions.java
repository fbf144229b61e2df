package dev.mistralready.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Secret;
import dev.mistralready.engine.PlannedGate;
import dev.mistralready.http.Redaction;
import dev.mistralready.mistral.KeyVariable;
import dev.mistralready.project.files.IoReason;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.GithubAnnotations;
import dev.mistralready.report.GithubStepSummary;
import dev.mistralready.report.Report;
import dev.mistralready.report.WorkflowCommand;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a run prints and writes for GitHub Actions, on with {@code GITHUB_ACTIONS=true} or {@code --github}:
 * the Mistral key masked before anything else is printed, the console report fenced so that text taken
 * from the project cannot act as a workflow command, annotations after it, and a job summary appended
 * to {@code GITHUB_STEP_SUMMARY}. Everything it reads from the environment it reads here.
 */
final class GithubActions {

    static final String SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY";
    static final int MIN_SCRUBBED = 8;

    private final Console console;
    private final boolean enabled;
    private final boolean onRunner;
    private final Set<String> masked = new LinkedHashSet<>();
    private Optional<String> resumeToken = Optional.empty();

    /** @param flag {@code --github} (true), {@code --no-github} (false), or neither (empty: ask the environment) */
    GithubActions(Console console, Optional<Boolean> flag) {
        this.console = console;
        this.onRunner = "true".equalsIgnoreCase(console.environment().get("GITHUB_ACTIONS"));
        this.enabled = flag.orElse(onRunner);
    }

    /**
     * Masks the value of {@code MISTRAL_API_KEY} and of the variables the gates name in {@code key-env}.
     * Only on a real runner: anywhere else nothing would consume the line, and it would print the key.
     */
    void maskKeys(List<PlannedGate> gates) {
        if (!enabled || !onRunner) {
            return;
        }
        Set<String> variables = new LinkedHashSet<>();
        variables.add(KeyVariable.DEFAULT);
        for (PlannedGate gate : gates) {
            JsonNode keyEnv = gate.gate().options().path("key-env");
            if (keyEnv.isTextual() && !keyEnv.asText().isBlank()) {
                variables.add(keyEnv.asText().strip());
            }
        }
        for (String variable : variables) {
            String value = console.environment().getOrDefault(variable, "").strip();
            List<String> values = new ArrayList<>(List.of(value));
            if (value.lines().count() > 1) {
                value.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(values::add);
            }
            for (String secret : values) {
                if (!secret.isEmpty() && masked.add(secret)) {
                    console.out().println(WorkflowCommand.addMask(secret));
                }
            }
        }
        console.out().flush();
    }

    /**
     * {@code report} with every masked value redacted, as a second guard beside the checks' own redaction:
     * stdout is the job log. Values shorter than {@value #MIN_SCRUBBED} are left to GitHub's mask, since
     * redacting {@code test} would also cut up "tests pass".
     */
    Report scrubbed(Report report) {
        List<GateResult> gates = report.gates().stream().map(this::scrubbed).toList();
        return new Report(report.toolVersion(), report.checklist(), report.phase(), report.startedAt(), report.duration(),
                gates);
    }

    /** One gate's result as {@link #scrubbed(Report)} leaves it, for printing it as soon as it is done. */
    GateResult scrubbed(GateResult gate) {
        List<Secret> secrets = masked.stream().filter(value -> value.length() >= MIN_SCRUBBED).map(Secret::of).toList();
        if (secrets.isEmpty()) {
            return gate;
        }
        Redaction redaction = Redaction.of(secrets);
        return new GateResult(gate.id(), gate.type(), redaction.scrub(gate.title()),
                gate.severity(), redaction.scrub(gate.outcome()), gate.duration(), gate.declaredAt());
    }

    /** Before the console report: stop the runner reading commands, since the report quotes project output. */
    void beforeReport() {
        if (!enabled) {
            return;
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = "mistral-ready-" + HexFormat.of().formatHex(random);
        resumeToken = Optional.of(token);
        console.out().println(WorkflowCommand.of("stop-commands", Map.of(), token));
    }

    /** After the console report: commands on again, the annotations, and the job summary. */
    void afterReport(Report report, Path root, ChecklistSource source) {
        if (!enabled) {
            return;
        }
        resumeToken.ifPresent(token -> console.out().println("::" + token + "::"));
        RepositoryPaths paths = new RepositoryPaths(workspace(), root, console.workingDirectory(), source);
        try {
            new GithubAnnotations(paths::of).write(report, console.out());
        } catch (IOException e) {
            throw new IllegalStateException("cannot print to stdout", e);
        }
        console.out().flush();
        appendSummary(report, paths);
    }

    /** Appends, never replaces: earlier steps' commands of this step may have written to the file too. */
    private void appendSummary(Report report, RepositoryPaths paths) {
        String name = console.environment().getOrDefault(SUMMARY_VARIABLE, "");
        if (name.isBlank()) {
            console.err().println("mistral-ready: " + SUMMARY_VARIABLE + " is not set, so no job summary is written");
            return;
        }
        try {
            Path file = console.workingDirectory().resolve(name);
            long existing = Files.isRegularFile(file) ? Files.size(file) : 0;
            StringWriter markdown = new StringWriter();
            new GithubStepSummary(paths::of, GithubStepSummary.STEP_LIMIT_BYTES - existing).write(report, markdown);
            if (markdown.getBuffer().length() == 0) {
                console.err().println("mistral-ready: the job summary in " + name + " is already near GitHub's 1 MiB "
                        + "limit, so nothing is added to it");
                return;
            }
            Files.writeString(file, markdown.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | InvalidPathException e) {
            String reason = e instanceof IOException io ? IoReason.of(io) : e.getMessage();
            console.err().println("mistral-ready: cannot append the job summary to " + name + " (" + SUMMARY_VARIABLE
                    + "): " + reason);
        }
    }

    /** Where the repository is checked out: GITHUB_WORKSPACE, else the working directory. */
    private Path workspace() {
        String workspace = console.environment().getOrDefault("GITHUB_WORKSPACE", "");
        try {
            Path path = workspace.isBlank() ? console.workingDirectory() : console.workingDirectory().resolve(workspace);
            return path.toRealPath();
        } catch (IOException | InvalidPathException e) {
            return console.workingDirectory().toAbsolutePath().normalize();
        }
    }
}
