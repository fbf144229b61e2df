package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report as GitHub Actions annotations ({@code ::error file=…,line=…::message}), which GitHub shows
 * on the changed lines of a pull request and in the run's summary. One annotation per finding, of the
 * finding's severity (error, warning, notice for a note); a gate that failed or could not run without an
 * error finding, or that warned without any finding, gets one annotation of its own on its line in the
 * checklist, as the report anchors findings without a file there.
 *
 * <p>GitHub keeps only {@value #PER_KIND} annotations of each kind per step and drops the rest without a
 * word, so the first {@value #PER_KIND} of each kind are printed (errors, then warnings, then notices, each
 * in checklist order), then one notice that says how many were left out.
 */
public final class GithubAnnotations implements ReportWriter {

    public static final int PER_KIND = 10;

    enum Kind {
        ERROR, WARNING, NOTICE;

        String command() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(Severity severity) {
            return switch (severity) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                case NOTE -> NOTICE;
            };
        }
    }

    private record Annotation(Kind kind, Location location, String title, String message) {
    }

    private final Function<String, Optional<String>> repositoryPath;

    /**
     * @param repositoryPath the path in the checked-out repository of a file as the report names it, or
     *                       empty when it is not in the repository (the built-in checklist); such
     *                       annotations get no {@code file} and the message starts with the location
     */
    public GithubAnnotations(Function<String, Optional<String>> repositoryPath) {
        this.repositoryPath = repositoryPath;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<Kind, List<Annotation>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (GateResult gate : report.gates()) {
            annotations(gate).forEach(annotation -> byKind.get(annotation.kind()).add(annotation));
        }
        boolean overflow = byKind.values().stream().anyMatch(list -> list.size() > PER_KIND);
        Map<Kind, Integer> hidden = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            // the closing line is a notice too, so it takes the last notice's place
            int shown = kind == Kind.NOTICE && overflow ? PER_KIND - 1 : PER_KIND;
            List<Annotation> annotations = byKind.get(kind);
            for (Annotation annotation : annotations.subList(0, Math.min(shown, annotations.size()))) {
                out.write(line(annotation));
                out.write('\n');
            }
            hidden.put(kind, Math.max(0, annotations.size() - shown));
        }
        if (overflow) {
            out.write(WorkflowCommand.of("notice", Map.of("title", "mistral-ready"), notShown(hidden)));
            out.write('\n');
        }
        out.flush();
    }

    private static List<Annotation> annotations(GateResult gate) {
        List<Annotation> annotations = new ArrayList<>();
        for (Finding finding : gate.outcome().findings()) {
            String message = AnsiEscapes.strip(finding.message())
                    + (finding.fix().isBlank() ? "" : " — " + AnsiEscapes.strip(finding.fix()));
            annotations.add(new Annotation(Kind.of(finding.severity()), finding.location().orElse(gate.declaredAt()),
                    finding.ruleId() + ": " + gate.id(), message));
        }
        boolean failed = gate.status() == Status.FAIL || gate.status() == Status.ERROR;
        boolean saidSo = annotations.stream().anyMatch(annotation -> annotation.kind() == Kind.ERROR);
        if (failed && !saidSo) {
            annotations.add(new Annotation(Kind.ERROR, gate.declaredAt(),
                    gate.id() + (gate.status() == Status.ERROR ? " could not run" : " failed"),
                    AnsiEscapes.strip(gate.outcome().summary())));
        } else if (gate.status() == Status.WARN && annotations.isEmpty()) {
            annotations.add(new Annotation(Kind.WARNING, gate.declaredAt(), gate.id() + " warned",
                    AnsiEscapes.strip(gate.outcome().summary())));
        }
        return annotations;
    }

    private String line(Annotation annotation) {
        Location location = annotation.location();
        Optional<String> file = repositoryPath.apply(location.file());
        Map<String, String> properties = new LinkedHashMap<>();
        String message = annotation.message();
        if (file.isPresent()) {
            properties.put("file", file.get());
            properties.put("line", Integer.toString(location.line()));
            if (location.column() > 0) {
                properties.put("col", Integer.toString(location.column()));
            }
            properties.put("endLine", Integer.toString(location.line()));
        } else {
            message = location + ": " + message;
        }
        properties.put("title", annotation.title());
        return WorkflowCommand.of(annotation.kind().command(), properties, message);
    }

    private static String notShown(Map<Kind, Integer> hidden) {
        List<String> parts = new ArrayList<>();
        hidden.forEach((kind, count) -> {
            if (count > 0) {
                parts.add(count + " more " + kind.command() + (count == 1 ? "" : "s"));
            }
        });
        String counts = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return counts + " not annotated: GitHub shows only " + PER_KIND + " annotations of each kind per step. "
                + "The report in this log lists every finding.";
    }
}
