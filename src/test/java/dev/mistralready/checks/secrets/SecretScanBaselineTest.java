package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.TestFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScanBaselineTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(47);
    private final String oldKey = keys.mistral();
    private final String newKey = keys.mistral();

    private Outcome scan(SecretScanOptions options) throws Exception {
        return new SecretScanCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    private static String config(String key) {
        return "MISTRAL_API_KEY = \"" + key + "\"\n";
    }

    /** What `mistral-ready baseline` does: record everything the gate finds today. */
    private void baselineTo(String file) throws Exception {
        Outcome today = scan(SecretScanOptions.defaults().withBaseline("no-baseline-yet.json"));
        List<Finding> found = new ArrayList<>(today.findings());
        found.addAll(today.baselined());
        StringWriter out = new StringWriter();
        Baseline.write(found, out);
        write(file, out.toString());
    }

    @Test
    void suppressesAKnownFindingAndPassesWithTheCount() throws Exception {
        write("app/settings.py", config(oldKey));
        baselineTo(Baseline.DEFAULT_FILE);

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).startsWith("no new secrets in ").endsWith("(1 known, in .mistral-ready-baseline.json)");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.baselined()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("app/settings.py", 1, 20)));
        assertThat(outcome.details()).contains("baseline .mistral-ready-baseline.json: 1 known finding suppressed");
    }

    @Test
    void reportsANewSecretBesideAKnownOne() throws Exception {
        write("app/settings.py", config(oldKey));
        baselineTo(Baseline.DEFAULT_FILE);
        write("app/other.py", config(newKey));

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).startsWith("1 new secret in ").endsWith("(1 known, in .mistral-ready-baseline.json)");
        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow())
                .containsExactly(new Location("app/other.py", 1, 20));
    }

    @Test
    void movingAKnownLineDoesNotResurrectIt() throws Exception {
        write("app/settings.py", config(oldKey));
        baselineTo(Baseline.DEFAULT_FILE);
        write("app/settings.py", "import os\n\n\n# the key moved down three lines\n" + config(oldKey));

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.baselined()).extracting(finding -> finding.location().orElseThrow().line()).containsExactly(5);
    }

    @Test
    void reportsADifferentSecretOnAKnownLine() throws Exception {
        write("app/settings.py", config(oldKey));
        baselineTo(Baseline.DEFAULT_FILE);
        write("app/settings.py", config(newKey));

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::message)
                .containsExactly("Mistral API key: `" + newKey.substring(0, 4) + "…(32 chars)`");
        assertThat(outcome.details()).contains("0 known findings suppressed, 1 entry matches nothing any more");
    }

    @Test
    void usesTheFileTheBaselineOptionNames() throws Exception {
        write("app/settings.py", config(oldKey));
        baselineTo("security/accepted.json");

        assertThat(scan(SecretScanOptions.defaults()).status()).as("the default file does not exist").isEqualTo(Status.FAIL);
        assertThat(scan(SecretScanOptions.defaults().withBaseline("security/accepted.json")).status()).isEqualTo(Status.PASS);
    }

    @Test
    void warnsWhenTheNamedBaselineIsMissingAndReportsEverything() throws Exception {
        write("app/settings.py", config(oldKey));

        Outcome outcome = scan(SecretScanOptions.defaults().withBaseline("accepted.json"));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
                tuple("MR-SEC-001", Severity.ERROR),
                tuple("MR-SEC-090", Severity.WARNING));
        assertThat(outcome.findings().get(1).message())
                .isEqualTo("baseline file accepted.json does not exist, so no finding is suppressed");
    }

    @Test
    void aMissingNamedBaselineAloneIsAWarning() throws Exception {
        write("app/settings.py", "MISTRAL_API_KEY = os.environ[\"MISTRAL_API_KEY\"]\n");

        Outcome outcome = scan(SecretScanOptions.defaults().withBaseline("accepted.json"));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("MR-SEC-090");
    }

    @Test
    void aBrokenBaselineIsAnErrorNamingThePlace() throws Exception {
        write("app/settings.py", config(oldKey));
        write(Baseline.DEFAULT_FILE, "{\n  \"schema\": \"mistral-ready/baseline@1\",\n  \"findings\": [\n");

        Outcome outcome = scan(SecretScanOptions.defaults());

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith(".mistral-ready-baseline.json:4:")
                .contains("is not valid JSON")
                .endsWith("fix or delete it, then run `mistral-ready baseline`");
    }

    @Test
    void theBaselineFileHoldsNoSecret() throws Exception {
        write("app/settings.py", config(oldKey));

        baselineTo(Baseline.DEFAULT_FILE);

        String text = Files.readString(project.resolve(Baseline.DEFAULT_FILE));
        assertThat(text).doesNotContain(oldKey).contains("`" + oldKey.substring(0, 4) + "…(32 chars)`");
    }
}
