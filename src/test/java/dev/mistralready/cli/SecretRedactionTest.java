package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output of any format, nor the baseline file, ever carries a whole planted secret, not even with --verbose. */
class SecretRedactionTest {

    @TempDir
    Path work;

    @Test
    void noReportFormatContainsAnyPlantedKey() throws Exception {
        Keys keys = new Keys(99);
        List<String> planted = List.of(keys.mistral(), keys.mistral(), keys.openAi(), keys.anthropic(),
                keys.awsAccessKeyId(), keys.github(), keys.google(), keys.slack(), keys.stripe(), keys.jwt(),
                keys.password());
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("checklist.yaml"),
                "version: 1\ngates:\n  - {id: secrets, type: secret-scan}\n");
        Files.writeString(project.resolve("settings.py"), String.join("\n",
                "MISTRAL_API_KEY = \"" + planted.get(0) + "\"",
                "OPENAI_API_KEY = \"" + planted.get(2) + "\"",
                "ANTHROPIC_API_KEY = \"" + planted.get(3) + "\"",
                "AWS_ACCESS_KEY_ID = \"" + planted.get(4) + "\"",
                "GITHUB_TOKEN = \"" + planted.get(5) + "\"",
                "MAPS = \"" + planted.get(6) + "\"",
                "SLACK = \"" + planted.get(7) + "\"",
                "STRIPE = \"" + planted.get(8) + "\"",
                "SESSION = \"" + planted.get(9) + "\"",
                "db_password = \"" + planted.get(10) + "\"", ""));
        Files.writeString(project.resolve(".env"), "MISTRAL_API_KEY=" + planted.get(1) + "\n");

        CliRun run = CliRun.in(work, "check", "project", "--verbose", "--junit", "report.xml", "--json", "report.json",
                "--sarif", "report.sarif");
        CliRun baseline = CliRun.in(work, "baseline", "project");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(baseline.exitCode()).isZero();
        String everything = run.out() + run.err() + Files.readString(work.resolve("report.xml"))
                + Files.readString(work.resolve("report.json")) + Files.readString(work.resolve("report.sarif"))
                + baseline.out() + baseline.err() + Files.readString(project.resolve(".mistral-ready-baseline.json"));
        assertThat(everything).contains("MR-SEC-001", "MR-SEC-002", "MR-SEC-003", "MR-SEC-004", "MR-SEC-005",
                "MR-SEC-006", "MR-SEC-007", "MR-SEC-008", "MR-SEC-009", "MR-SEC-011", "MR-SEC-012");
        for (String secret : planted) {
            assertThat(everything).doesNotContain(secret).contains(secret.substring(0, 4) + "…(" + secret.length() + " chars)");
        }
    }
}
