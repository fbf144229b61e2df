package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reports built by hand with fixed times, for golden files and focused tests. */
final class SampleReports {

    static final Instant STARTED = Instant.parse("2026-08-22T10:15:30.456Z");
    static final String HOST = "ci-runner-7";

    private SampleReports() {
    }

    /** One gate of each status: PASS, FAIL with two findings, WARN, SKIP, ERROR with details. */
    static Report everyStatus() {
        return report(List.of(
                gate("lint", "command", "Lint passes", Severity.ERROR, 250, 3,
                        Outcome.pass("eslint: 0 problems")),
                gate("secrets", "secret-scan", "No secrets in the repository", Severity.ERROR, 1250, 9,
                        Outcome.fail("2 secrets found", List.of(
                                Finding.of("MR-SEC-001", Severity.ERROR, "Mistral API key in source code",
                                                "Move the key to the MISTRAL_API_KEY environment variable.")
                                        .at(new Location("src/a.ts", 12, 7))
                                        .withFingerprint("MR-SEC-001:src/a.ts:5c1f0e7a92b4d863"),
                                Finding.of("MR-SEC-002", Severity.WARNING, "Possible token in config", "")
                                        .at(Location.of("config/app.yaml", 3))))
                                .withBaselined(List.of(Finding.of("MR-SEC-003", Severity.ERROR, "OpenAI key", "")
                                        .at(Location.of("old/legacy.py", 8))
                                        .withFingerprint("MR-SEC-003:old/legacy.py:0a1b2c3d4e5f6a7b")))),
                gate("timeouts", "client-config", "", Severity.WARNING, 40, 15,
                        Outcome.warn("client timeout not set; the default is 120s", List.of())),
                gate("k8s", "kubernetes", "k8s", Severity.ERROR, 0, 20,
                        Outcome.skip("no k8s/ directory")),
                gate("tests", "command", "Unit tests pass", Severity.ERROR, 10_004, 25,
                        Outcome.error("command 'npm test' exceeded 10s")
                                .withDetails("> jest\n\u001B[32mPASS\u001B[0m src/a.test.ts\nRUNS src/<slow>.test.ts\n"))));
    }

    static Report report(List<GateResult> gates) {
        return new Report("0.1.0", "checklist.yaml", STARTED, Duration.ofMillis(11_544), gates);
    }

    static GateResult gate(String id, String type, String title, Severity severity, long millis, int line,
                           Outcome outcome) {
        return new GateResult(id, type, title, severity, outcome, Duration.ofMillis(millis),
                new Location("checklist.yaml", line, 5));
    }

    /** A FAIL gate with the given findings, declared at checklist.yaml:7:5. */
    static Report failingWith(List<Finding> findings) {
        return report(List.of(gate("scan", "secret-scan", "Scan", Severity.ERROR, 1250, 7,
                Outcome.fail(findings.size() + " findings", findings))));
    }
}
