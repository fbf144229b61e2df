package dev.mistralready.check;

import java.util.List;
import java.util.Objects;

/**
 * What a check reports: a status, a one-line summary, its findings, and optional detail text
 * (such as the tail of a command's output) shown under the findings. {@code baselined} holds the
 * findings a baseline file suppressed: they do not count, but {@code mistral-ready baseline} keeps
 * them when it rewrites the file.
 */
public record Outcome(Status status, String summary, List<Finding> findings, String details, List<Finding> baselined) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        Objects.requireNonNull(details, "details");
        baselined = List.copyOf(baselined);
    }

    public static Outcome of(Status status, String summary, List<Finding> findings) {
        return new Outcome(status, summary, findings, "", List.of());
    }

    public static Outcome pass(String summary) {
        return new Outcome(Status.PASS, summary, List.of(), "", List.of());
    }

    public static Outcome warn(String summary, List<Finding> findings) {
        return new Outcome(Status.WARN, summary, findings, "", List.of());
    }

    public static Outcome fail(String summary, List<Finding> findings) {
        return new Outcome(Status.FAIL, summary, findings, "", List.of());
    }

    public static Outcome skip(String reason) {
        return new Outcome(Status.SKIP, reason, List.of(), "", List.of());
    }

    public static Outcome error(String message) {
        return new Outcome(Status.ERROR, message, List.of(), "", List.of());
    }

    public Outcome withDetails(String text) {
        return new Outcome(status, summary, findings, text, baselined);
    }

    /** These details with {@code line} added at the end. */
    public Outcome withDetail(String line) {
        return withDetails(details.isEmpty() ? line : details + (details.endsWith("\n") ? "" : "\n") + line);
    }

    public Outcome withStatus(Status newStatus) {
        return new Outcome(newStatus, summary, findings, details, baselined);
    }

    public Outcome withFindings(List<Finding> newFindings) {
        return new Outcome(status, summary, newFindings, details, baselined);
    }

    public Outcome withBaselined(List<Finding> suppressed) {
        return new Outcome(status, summary, findings, details, suppressed);
    }
}
