package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GithubStepSummaryTest {

    private static final GithubStepSummary UNLIMITED = new GithubStepSummary(Optional::of, GithubStepSummary.STEP_LIMIT_BYTES);

    @Test
    void showsTheVerdictTotalsEveryGateAndTheFindingsOfGatesThatNeedAttention() throws IOException {
        String markdown = Golden.render(UNLIMITED, SampleReports.everyStatus());

        assertThat(markdown).isEqualTo(String.join("\n",
                "## ❌ mistral-ready: 2 gates not passed",
                "",
                "**1 passed, 1 failed, 1 error, 1 warning, 1 skipped** in 11.5s · checklist checklist.yaml"
                        + " · mistral-ready 0.1.0",
                "",
                "| Status | Gate | Title | Summary | Duration |",
                "|---|---|---|---|---:|",
                "| ✅ pass | lint | Lint passes | eslint: 0 problems | 250ms |",
                "| ❌ fail | secrets | No secrets in the repository | 2 secrets found | 1.3s |",
                "| ⚠️ warn | timeouts |  | client timeout not set; the default is 120s | 40ms |",
                "| ⏭️ skip | k8s |  | no k8s/ directory | 0ms |",
                "| 💥 error | tests | Unit tests pass | command 'npm test' exceeded 10s | 10.0s |",
                "",
                "### ❌ fail secrets: No secrets in the repository",
                "",
                "| Rule | Severity | Location | Message | Fix |",
                "|---|---|---|---|---|",
                "| MR-SEC-001 | error | src/a.ts:12:7 | Mistral API key in source code"
                        + " | Move the key to the MISTRAL\\_API\\_KEY environment variable. |",
                "| MR-SEC-002 | warning | config/app.yaml:3 | Possible token in config |  |",
                "", ""));
    }

    @Test
    void escapesPipesLineBreaksMarkupAndHtmlInCells() {
        assertThat(MarkdownCell.of("a | b\nc\r\nd <slow> & __init__.py `x` \u001B[1mbold\u001B[0m\t!"))
                .isEqualTo("a \\| b<br>c<br>d &lt;slow&gt; &amp; \\_\\_init\\_\\_.py \\`x\\` bold \\!");
        assertThat(MarkdownCell.of("x".repeat(400))).hasSize(MarkdownCell.LIMIT).endsWith("x…");
    }

    @Test
    void showsFiftyFindingsOfAGateThenHowManyMore() throws IOException {
        List<Finding> findings = IntStream.rangeClosed(1, 53)
                .mapToObj(n -> Finding.of("MR-T-1", Severity.ERROR, "finding " + n, "").at(Location.of("f.py", n)))
                .toList();

        String markdown = Golden.render(UNLIMITED, SampleReports.failingWith(findings));

        assertThat(markdown).contains("| MR-T-1 | error | f.py:50 | finding 50 |  |\n\n"
                + "_3 more findings of this gate not shown; the report in the log lists them all._\n");
        assertThat(markdown).doesNotContain("finding 51");
    }

    @Test
    void staysWithinItsByteBudgetAndSaysWhereItStopped() throws IOException {
        List<Finding> findings = IntStream.rangeClosed(1, 50)
                .mapToObj(n -> Finding.of("MR-T-1", Severity.ERROR, "é".repeat(250), "").at(Location.of("f.py", n)))
                .toList();
        long budget = 4000;

        String markdown = Golden.render(new GithubStepSummary(Optional::of, budget), SampleReports.failingWith(findings));

        assertThat((long) markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(budget);
        assertThat(markdown).contains("| MR-T-1 | error | f.py:1 |")
                .endsWith("_The summary stops here: GitHub accepts at most 1 MiB of summary per step. "
                        + "The report in the log has every gate and finding._\n\n");
    }

    @Test
    void addsNothingWhenNotEvenTheHeadingFits() throws IOException {
        assertThat(Golden.render(new GithubStepSummary(Optional::of, 100), SampleReports.everyStatus())).isEmpty();
    }
}
