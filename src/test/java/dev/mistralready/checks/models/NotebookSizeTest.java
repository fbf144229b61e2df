package dev.mistralready.checks.models;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.ByteSize;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook is as large as its outputs make it (fixtures/models/notebook-outputs: 9 KiB, nearly
 * all of it a plot as base64, around 300 bytes of code): {@code max-file-size} applies to its code.
 */
class NotebookSizeTest {

    @TempDir
    Path dir;

    private static Outcome check(Path root, String maxFileSize) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ModelConfigOptions options = new ModelConfigOptions(List.of(), List.of(), List.of(), true,
                ByteSize.parse(maxFileSize), null, null);
        return new ModelConfigCheck().run(options, new CheckContext(root, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static Path fixture() throws Exception {
        return Path.of(NotebookSizeTest.class.getResource("/fixtures/models/notebook-outputs").toURI());
    }

    @Test
    void aNotebookOverTheLimitByItsOutputsIsStillLinted() throws Exception {
        assertThat(Files.size(fixture().resolve("plots.ipynb"))).isGreaterThan(4 * 1024);

        Outcome outcome = check(fixture(), "4KiB");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).endsWith("in 1 Mistral call in 1 notebook");
        assertThat(outcome.findings()).extracting(finding -> finding.ruleId(), finding -> finding.location().orElseThrow())
                .containsExactly(
                        tuple("MR-MOD-011", new Location("plots.ipynb", 38, 15)),
                        tuple("MR-MOD-006", new Location("plots.ipynb", 39, 16)),
                        tuple("MR-MOD-007", new Location("plots.ipynb", 39, 16)),
                        tuple("MR-MOD-002", new Location("plots.ipynb", 40, 16)));
        assertThat(outcome.details()).doesNotContain("not read");
    }

    @Test
    void aNotebookWhoseCodeIsOverTheLimitIsNamedAndNotRead() throws Exception {
        copyTree(fixture(), dir);
        write(dir, "big.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": \""
                + "x = 1\\n".repeat(1000) + "\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        Outcome outcome = check(dir, "4KiB");

        assertThat(outcome.details()).contains("not read big.ipynb: code cells 5.9 KiB > 4 KiB limit");
        assertThat(outcome.summary()).contains("in 1 Mistral call in 1 notebook");
    }

    @Test
    void aNotebookFileOverTheNotebookLimitIsNotOpened() throws Exception {
        copyTree(fixture(), dir);

        Outcome outcome = check(dir, "256B"); // 32 x 256 B = 8 KiB, under the notebook's 9 KiB

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.details()).contains("not read plots.ipynb: 8.8 KiB > 8 KiB limit");
    }
}
