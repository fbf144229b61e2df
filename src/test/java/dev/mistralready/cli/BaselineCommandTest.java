package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.project.files.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    private static final String SECRETS_ONLY = "version: 1\ngates:\n"
            + "  - id: secrets\n    type: secret-scan\n"
            + "  - id: tests\n    type: command\n    with:\n      run: exit 1\n";

    @TempDir
    Path project;

    private final Keys keys = new Keys(53);
    private final String oldKey = keys.mistral();

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    private static String config(String key) {
        return "MISTRAL_API_KEY = \"" + key + "\"\n";
    }

    private String baselineFile() throws IOException {
        return Files.readString(project.resolve(".mistral-ready-baseline.json"));
    }

    @Test
    void recordsTodaysFindingsSoTheCheckPassesUntilANewOne() throws Exception {
        write("checklist.yaml", SECRETS_ONLY);
        write("app/settings.py", config(oldKey));

        CliRun baseline = CliRun.in(project, "baseline");

        assertThat(baseline.exitCode()).isZero();
        assertThat(baseline.out()).isEqualTo("wrote .mistral-ready-baseline.json: 1 finding (1 new, 0 already known) from secrets\n"
                + "  new  MR-SEC-001  app/settings.py:1:20  Mistral API key: `" + oldKey.substring(0, 4) + "…(32 chars)`\n");
        assertThat(baselineFile()).doesNotContain(oldKey);
        assertThat(CliRun.in(project, "check", "--only", "secrets").exitCode()).isZero();

        String newKey = keys.mistral();
        write("app/other.py", config(newKey));
        CliRun check = CliRun.in(project, "check", "--only", "secrets", "--color", "never");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("app/other.py:1:20").doesNotContain("app/settings.py")
                .contains("1 new secret in 4 files").contains("(1 known, in .mistral-ready-baseline.json)");
    }

    @Test
    void rewritingKeepsTheFileByteForByteAndDropsFixedLeaks() throws Exception {
        write("checklist.yaml", SECRETS_ONLY);
        write("app/settings.py", config(oldKey));
        CliRun.in(project, "baseline");
        String first = baselineFile();

        CliRun again = CliRun.in(project, "baseline", project.toString());

        assertThat(again.out()).startsWith("wrote .mistral-ready-baseline.json: 1 finding (0 new, 1 already known) from secrets\n");
        assertThat(baselineFile()).isEqualTo(first);

        write("app/settings.py", "import os\n");
        CliRun.in(project, "baseline");

        assertThat(baselineFile()).contains("\"findings\": []");
    }

    @Test
    void writesWhereTheGateReadsOrWhereToldTo() throws Exception {
        write("checklist.yaml", "version: 1\ngates:\n  - id: secrets\n    type: secret-scan\n"
                + "    with:\n      baseline: security/accepted.json\n");
        write("app/settings.py", config(oldKey));

        assertThat(CliRun.in(project, "baseline").out()).startsWith("wrote security/accepted.json: 1 finding");
        assertThat(project.resolve("security/accepted.json")).exists();
        assertThat(CliRun.in(project, "check").exitCode()).isZero();

        assertThat(CliRun.in(project, "baseline", "-o", "elsewhere.json").out()).startsWith("wrote elsewhere.json: 1 finding");
        assertThat(project.resolve("elsewhere.json")).hasSameTextualContentAs(project.resolve("security/accepted.json"));
    }

    @Test
    void usesTheBuiltInChecklistWhenTheProjectHasNone() throws Exception {
        write("app/settings.py", config(oldKey));

        CliRun baseline = CliRun.in(project, "baseline", project.toString());

        assertThat(baseline.exitCode()).isZero();
        assertThat(baseline.out()).startsWith("wrote .mistral-ready-baseline.json: 1 finding (1 new, 0 already known) from secrets");
    }

    @Test
    void isAUsageErrorWhenNoGateSupportsABaseline() throws Exception {
        write("checklist.yaml", SECRETS_ONLY);

        CliRun run = CliRun.in(project, "baseline", "--only", "tests");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: no gate among tests in checklist.yaml supports a baseline "
                + "(gate types with a `baseline` option: secret-scan)\n");
        assertThat(project.resolve(".mistral-ready-baseline.json")).doesNotExist();
    }

    @Test
    void writesNothingWhenAGateCannotRun() throws Exception {
        write("checklist.yaml", SECRETS_ONLY);
        write(".mistral-ready-baseline.json", "not json");

        CliRun run = CliRun.in(project, "baseline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gate `secrets` could not run: .mistral-ready-baseline.json:1:")
                .endsWith("mistral-ready: no baseline written\n");
        assertThat(baselineFile()).isEqualTo("not json");
    }

    @Test
    void saysWhenTheDirectoryIsMissing() {
        CliRun run = CliRun.in(project, "baseline", "nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mistral-ready: directory not found: nowhere\n");
    }
}
