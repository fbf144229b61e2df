package dev.mistralready.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist {@code init} writes for a {@link ProjectSurvey}: the built-in checklist's gates that apply
 * to the project, each under the built-in checklist's own comment (read from it, so the wording never
 * drifts), with the build and test commands the project has.
 */
final class StarterChecklist {

    /** One gate to write: its id, the built-in gate whose comment it takes, and its YAML lines after the id. */
    record Entry(String id, String commentOf, List<String> body) {
    }

    private final List<Entry> entries;
    private final List<String> header;

    private StarterChecklist(List<String> header, List<Entry> entries) {
        this.header = List.copyOf(header);
        this.entries = List.copyOf(entries);
    }

    static StarterChecklist of(ProjectSurvey survey) {
        List<Entry> entries = new ArrayList<>();
        List<String> secrets = new ArrayList<>(List.of("type: secret-scan", "title: No hard-coded Mistral keys or other secrets"));
        if (survey.git()) {
            secrets.addAll(List.of("with:", "  history: true"));
        }
        entries.add(new Entry("secrets", "secrets", secrets));
        entries.add(new Entry("credentials", "credentials", List.of("type: credential-probe",
                "title: Mistral API key is live (GET /v1/models)", "with:", "  required: false")));
        if (!survey.mistral().isEmpty()) {
            entries.add(new Entry("models", "models", List.of("type: model-config",
                    "title: Pinned, current models and max tokens set")));
        }
        entries.add(new Entry("health", "health", List.of("type: http-health", "title: The app reports healthy (GET /health)",
                "with:", "  url-env: MISTRAL_READY_HEALTH_URL", "  required: false")));
        entries.add(new Entry("smoke", "smoke", List.of("type: http-smoke", "title: A chat request to the app is answered",
                "with:", "  url-env: MISTRAL_READY_SMOKE_URL", "  required: false")));
        if (!survey.kubernetes().isEmpty()) {
            entries.add(new Entry("k8s", "k8s", List.of("type: k8s-manifests",
                    "title: Kubernetes manifests roll out safely and keep the key in a Secret")));
        }
        if (!survey.alertRules().isEmpty()) {
            entries.add(new Entry("alerts", "alerts", List.of("type: alert-rules",
                    "title: Alerts for Mistral outages, latency, 429, 401, circuit breaker and cost")));
        }
        if (!survey.runbooks().isEmpty()) {
            entries.add(new Entry("runbook", "runbook", List.of("type: runbook", "title: Incident runbook covers each incident",
                    "severity: warning")));
        }
        survey.npmTypecheck().ifPresent(run -> entries.add(command("typecheck", "TypeScript type check passes", run, false)));
        survey.npmTest().ifPresent(run -> entries.add(command("tests", "Unit and integration tests pass", run, false)));
        survey.maven().ifPresent(run -> entries.add(command("maven-verify", "Maven build and tests pass", run, true)));
        survey.gradle().ifPresent(run -> entries.add(command("gradle-check", "Gradle build and tests pass", run, true)));
        survey.pytest().ifPresent(found -> entries.add(command("pytest", "Python tests pass", "python3 -m pytest -q", false)));
        return new StarterChecklist(header(survey), entries);
    }

    private static Entry command(String id, String title, String run, boolean slow) {
        List<String> body = new ArrayList<>(List.of("type: command", "title: " + title + " (" + run + ")"));
        if (slow) {
            body.add("timeout: 30m");
        }
        body.addAll(List.of("with:", "  run: " + run));
        return new Entry(id, "npm-typecheck", body);
    }

    private static List<String> header(ProjectSurvey survey) {
        List<String> lines = new ArrayList<>(List.of(
                "# The production checklist of this project, written by `mistral-ready init` from what it found:"));
        // a file name is the project's: one with a line break must not end the comment and add a gate
        detected(survey).forEach((what, where) -> lines.add("#   " + what + ": " + oneLine(where)));
        lines.addAll(List.of(
                "#",
                "# Each gate below applies to this project; the comments are those of mistral-ready's built-in",
                "# checklist (`mistral-ready list` shows every gate type and its options). Check it with",
                "# `mistral-ready validate`, run it with `mistral-ready check`. The canary and post-deploy gates",
                "# (`canary-health`, `error-rate`) of the built-in checklist are not written: copy them from it",
                "# when the pipeline runs `check --phase canary` or `--phase post-deploy`."));
        return lines;
    }

    /** {@code text} with every control character and line or paragraph separator shown as {@code ?}. */
    static String oneLine(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** What was found, by kind, for the checklist's header and the command's output. */
    static Map<String, String> detected(ProjectSurvey survey) {
        Map<String, String> found = new LinkedHashMap<>();
        found.put("Mistral", survey.mistral().isEmpty() ? "no SDK or call found (no models gate)" : String.join(", ", survey.mistral()));
        List<String> commands = new ArrayList<>();
        survey.npmTypecheck().ifPresent(commands::add);
        survey.npmTest().ifPresent(commands::add);
        survey.maven().ifPresent(commands::add);
        survey.gradle().ifPresent(commands::add);
        survey.pytest().ifPresent(where -> commands.add("python3 -m pytest -q (pytest configured in " + where + ")"));
        found.put("build and tests", commands.isEmpty() ? "none found" : String.join(", ", commands));
        found.put("Kubernetes", survey.kubernetes().isEmpty() ? "none found" : ProjectSurvey.listed(survey.kubernetes()));
        found.put("alert rules", survey.alertRules().isEmpty() ? "none found" : ProjectSurvey.listed(survey.alertRules()));
        found.put("runbook", survey.runbooks().isEmpty() ? "none found" : ProjectSurvey.listed(survey.runbooks()));
        return found;
    }

    List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /** The YAML text, comments taken from {@code builtIn}, the built-in checklist's text. */
    String text(String builtIn) {
        Map<String, List<String>> comments = commentsByGate(builtIn);
        StringBuilder yaml = new StringBuilder();
        header.forEach(line -> yaml.append(line).append('\n'));
        yaml.append("version: 1\ngates:\n");
        boolean commandsIntroduced = false;
        for (Entry entry : entries) {
            yaml.append('\n');
            boolean isCommand = entry.commentOf().equals("npm-typecheck");
            if (!isCommand || !commandsIntroduced) {
                comments.getOrDefault(entry.commentOf(), List.of()).forEach(line -> yaml.append(line).append('\n'));
            }
            commandsIntroduced |= isCommand;
            yaml.append("  - id: ").append(entry.id()).append('\n');
            entry.body().forEach(line -> yaml.append("    ").append(line).append('\n'));
        }
        return yaml.toString();
    }

    /** The comment lines right above each {@code - id:} line of the built-in checklist, by gate id. */
    static Map<String, List<String>> commentsByGate(String builtIn) {
        Map<String, List<String>> comments = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (String line : builtIn.lines().toList()) {
            String stripped = line.strip();
            if (line.startsWith("  #")) {
                pending.add(line);
            } else if (stripped.startsWith("- id:")) {
                comments.put(stripped.substring("- id:".length()).strip(), List.copyOf(pending));
                pending.clear();
            } else {
                pending.clear();
            }
        }
        return comments;
    }
}
