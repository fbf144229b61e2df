package dev.mistralready.checks.alerts;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files the gate was pointed at but could not read: named, and never a pass or a skip. */
class AlertRulesUnreadTest {

    private static final String NO_PROMTOOL =
            "syntax not checked: promtool is not on the PATH (install Prometheus' promtool to check it)";

    @TempDir
    Path dir;

    private Path project;

    /** A file beside the project, which a link in it leads out to. */
    private Path outside;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        outside = write(dir, "outside/passwd", "root:x:0:0:root:/root:/bin/sh\n");
    }

    private Outcome check() throws Exception {
        return new AlertRulesCheck().run(AlertRulesOptions.defaults(),
                new CheckContext(project, Map.of("PATH", ""), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private void link(String path) throws Exception {
        Files.createDirectories(project.resolve(path).getParent());
        Files.createSymbolicLink(project.resolve(path), outside);
    }

    @Test
    void aRuleFileLinkedOutOfTheProjectIsNamedAndWarnsInsteadOfSkipping() throws Exception {
        link("alerts/mistral.rules.yml");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("1 Prometheus rule file found, none could be read: "
                + "alerts/mistral.rules.yml is a symbolic link, not followed");
        assertThat(outcome.details())
                .isEqualTo("not read alerts/mistral.rules.yml: symbolic link to " + outside + ", not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aDotRulesFileAndAGrafanaProvisioningFileThatCannotBeReadAreNamed() throws Exception {
        link("rules/mistral.rules");
        link("grafana/provisioning/alerting/mistral.yaml");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("2 Prometheus rule files found, none could be read: 2 are symbolic links, not followed");
        assertThat(outcome.details()).isEqualTo(
                "not read grafana/provisioning/alerting/mistral.yaml: symbolic link to " + outside + ", not followed\n"
                        + "not read rules/mistral.rules: symbolic link to " + outside + ", not followed");
    }

    @Test
    void ruleFilesTooLargeOrBinaryAreNamedWithWhy() throws Exception {
        write(project, "alerts/big.yml", "# padding\n".repeat(210_000));
        Files.write(Files.createDirectories(project.resolve("ops")).resolve("mistral.rules.yaml"), new byte[] {'g', 0, 'r'});

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("2 Prometheus rule files found, none could be read: 1 is too large; 1 is binary");
        assertThat(outcome.details()).isEqualTo("not read alerts/big.yml: 2 MiB > 1 MiB limit\n"
                + "not read ops/mistral.rules.yaml: binary content (NUL byte)");
    }

    @Test
    void aPassOverTheRulesReadBecomesAWarningThatCountsTheUnread() throws Exception {
        copyTree(Path.of(getClass().getResource("/fixtures/alerts/good").toURI()), project);
        link("alerts/extra.rules.yml");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(
                "6 required alerts present (6 alerting rules in 1 file); 1 Prometheus rule file could not be read");
        assertThat(outcome.details()).isEqualTo(
                "not read alerts/extra.rules.yml: symbolic link to " + outside + ", not followed\n" + NO_PROMTOOL);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void linksTheGateWasNotPointedAtChangeNothing() throws Exception {
        link("docs/notes.yml");
        link("test/fixtures/mistral.rules.yml");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Prometheus rule files in alerts/, alerting/, prometheus/, monitoring/, "
                + "rules/, k8s/, deploy/, manifests/, **/*.rules, **/*.rules.yml, **/*.rules.yaml, **/provisioning/alerting/");
        assertThat(outcome.details()).isEmpty();
    }
}
