package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    private static final GithubAnnotations IN_SERVICES_CHAT =
            new GithubAnnotations(file -> Optional.of("services/chat/" + file));

    @Test
    void annotatesEveryFindingAndEachGateThatFailedWithoutAnErrorFinding() throws IOException {
        String lines = Golden.render(IN_SERVICES_CHAT, SampleReports.everyStatus());

        assertThat(lines).isEqualTo(String.join("\n",
                "::error file=services/chat/src/a.ts,line=12,col=7,endLine=12,title=MR-SEC-001%3A secrets::"
                        + "Mistral API key in source code — Move the key to the MISTRAL_API_KEY environment variable.",
                "::error file=services/chat/checklist.yaml,line=25,col=5,endLine=25,title=tests could not run::"
                        + "command 'npm test' exceeded 10s",
                "::warning file=services/chat/config/app.yaml,line=3,endLine=3,title=MR-SEC-002%3A secrets::"
                        + "Possible token in config",
                "::warning file=services/chat/checklist.yaml,line=15,col=5,endLine=15,title=timeouts warned::"
                        + "client timeout not set; the default is 120s",
                ""));
    }

    @Test
    void escapesMessagesAndPropertiesAsTheGithubToolkitDoes() throws IOException {
        Report report = SampleReports.failingWith(List.of(
                Finding.of("MR-X-1", Severity.NOTE, "100% sure:\r\nline two, \u001B[31mred\u001B[0m", "")
                        .at(new Location("a,b:c%.py", 4, 0))));

        String lines = Golden.render(new GithubAnnotations(Optional::of), report);

        assertThat(lines).isEqualTo("::error file=checklist.yaml,line=7,col=5,endLine=7,title=scan failed::1 findings\n"
                + "::notice file=a%2Cb%3Ac%25.py,line=4,endLine=4,title=MR-X-1%3A scan::"
                + "100%25 sure:%0D%0Aline two, red\n");
    }

    @Test
    void aFileOutsideTheRepositoryIsNamedInTheMessageInstead() throws IOException {
        Report report = SampleReports.failingWith(List.of(
                Finding.of("MR-CMD-001", Severity.ERROR, "exited with code 1", "Fix the tests.")
                        .at(new Location("<built-in>/checklist.yaml", 8, 5))));

        String lines = Golden.render(new GithubAnnotations(file -> Optional.empty()), report);

        assertThat(lines).isEqualTo("::error title=MR-CMD-001%3A scan::<built-in>/checklist.yaml:8:5: "
                + "exited with code 1 — Fix the tests.\n");
    }

    @Test
    void printsTenOfEachKindMostSevereFirstThenHowManyMore() throws IOException {
        List<Finding> findings = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(n -> findings.add(finding(Severity.WARNING, n)));
        IntStream.rangeClosed(1, 13).forEach(n -> findings.add(finding(Severity.ERROR, n)));
        IntStream.rangeClosed(1, 10).forEach(n -> findings.add(finding(Severity.NOTE, n)));

        List<String> lines = Golden.render(IN_SERVICES_CHAT, SampleReports.failingWith(findings)).lines().toList();

        assertThat(lines).hasSize(10 + 10 + 9 + 1);
        assertThat(lines.subList(0, 10)).allMatch(line -> line.startsWith("::error "));
        assertThat(lines.get(0)).contains("line=1,").endsWith("::error 1");
        assertThat(lines.get(9)).endsWith("::error 10");
        assertThat(lines.subList(10, 20)).allMatch(line -> line.startsWith("::warning "));
        assertThat(lines.subList(20, 29)).allMatch(line -> line.startsWith("::notice file="));
        assertThat(lines.get(29)).isEqualTo("::notice title=mistral-ready::3 more errors, 2 more warnings and "
                + "1 more notice not annotated: GitHub shows only 10 annotations of each kind per step. "
                + "The report in this log lists every finding.");
    }

    @Test
    void noClosingLineWhenEverythingFits() throws IOException {
        List<Finding> findings = IntStream.rangeClosed(1, 10).mapToObj(n -> finding(Severity.ERROR, n)).toList();

        List<String> lines = Golden.render(IN_SERVICES_CHAT, SampleReports.failingWith(findings)).lines().toList();

        assertThat(lines).hasSize(10).allMatch(line -> line.startsWith("::error "));
    }

    @Test
    void aPassingReportPrintsNothing() throws IOException {
        Report report = SampleReports.report(List.of(SampleReports.gate("lint", "command", "Lint", Severity.ERROR,
                5, 3, Outcome.pass("clean"))));

        assertThat(Golden.render(IN_SERVICES_CHAT, report)).isEmpty();
    }

    @Test
    void maskLineEscapesTheValueAsData() {
        assertThat(WorkflowCommand.addMask("a%b\nc")).isEqualTo("::add-mask::a%25b%0Ac");
        assertThat(WorkflowCommand.of("notice", Map.of(), "x")).isEqualTo("::notice::x");
    }

    private static Finding finding(Severity severity, int n) {
        return Finding.of("MR-T-" + n, severity, severity.label() + " " + n, "").at(Location.of("f.py", n));
    }
}
