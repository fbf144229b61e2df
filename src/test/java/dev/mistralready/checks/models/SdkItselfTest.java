package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A repository that is the SDK (its own manifest names {@code @mistralai/mistralai} or
 * {@code mistralai}) is judged by its own version, over src/test/resources/fixtures/models/sdk-itself.
 */
class SdkItselfTest {

    private static Outcome check(String project) throws Exception {
        Path root = Path.of(SdkItselfTest.class.getResource("/fixtures/models/sdk-itself/" + project).toURI());
        Clock clock = Clock.fixed(ModelCatalogue.bundled().date().atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(root, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static Finding timeout(Outcome outcome) {
        return outcome.findings().stream().filter(finding -> finding.ruleId().startsWith("MR-MOD-0")
                        && (finding.ruleId().equals("MR-MOD-009") || finding.ruleId().equals("MR-MOD-010")))
                .findFirst().orElseThrow();
    }

    @Test
    void theTypeScriptSdksOwnRepositoryIsJudgedByItsOwnVersion() throws Exception {
        Finding finding = timeout(check("ts"));

        assertThat(finding.ruleId()).isEqualTo("MR-MOD-009");
        assertThat(finding.location()).contains(new Location("src/chat.ts", 3, 16));
        assertThat(finding.message()).contains("@mistralai/mistralai 1.5.0 (package.json: this project itself) has no "
                + "default timeout").doesNotContain("declares");
    }

    @Test
    void thePythonSdksOwnRepositoryIsJudgedByItsOwnVersion() throws Exception {
        Finding finding = timeout(check("py"));

        assertThat(finding.ruleId()).isEqualTo("MR-MOD-010");
        assertThat(finding.location()).contains(new Location("src/mistralai/chat.py", 5, 10));
        assertThat(finding.message()).contains("mistralai 2.4.13 (pyproject.toml: this project itself) then waits 300 s");
    }
}
