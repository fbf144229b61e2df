package dev.mistralready;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.mistralready.checks.secrets.Keys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shipped launcher against the jar that `mvn package` built, as a user would. */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path LAUNCHER = Path.of("dist", "mistral-ready").toAbsolutePath();

    @TempDir
    Path project;

    private record Run(int exitCode, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = project.resolve("stdout.txt");
        Path err = project.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void checksAProjectAndWritesAJunitReport() throws Exception {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, with: {run: 'echo ok'}}
                  - {id: tests, type: command, with: {run: 'echo 2 tests failed; exit 1'}}
                """);

        Run run = launch("check", project.toString(), "--junit", project.resolve("report.xml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("PASS   build", "FAIL   tests", "│ 2 tests failed", "1 passed, 1 failed, 0 warnings, 0 skipped");
        assertThat(Files.readString(project.resolve("report.xml"))).contains("<testsuite", "classname=\"mistral-ready.tests\"");
    }

    @Test
    void givesTheJvmAUtf8LocaleUnderLocaleCAndTheGatesCommandsTheUsersOwn() throws Exception {
        Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String available = new String(locales.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(locales.waitFor() == 0 && available.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bc\\.utf-?8\\b.*"),
                "no C.UTF-8 locale here");
        Files.writeString(project.resolve("caf\u00e9.py"), "MISTRAL_API_KEY = \"" + new Keys(59).mistral() + "\"\n");
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: secrets, type: secret-scan, with: {exclude: ['*.lock']}}
                  - {id: locale, type: command, with: {run: 'echo "child LC_ALL=[$LC_ALL] ${MISTRAL_READY_LAUNCHER_LC_ALL:-unmarked}"; exit 1'}}
                """);

        NonUtf8LocaleIT.Run run = NonUtf8LocaleIT.underLocaleC(List.of(LAUNCHER.toString(), "check", project.toString(),
                "--color", "never"));

        assertThat(run.out()).contains("FAIL   secrets", "1 secret in 2 files", "MR-SEC-001 caf\u00e9.py:1:20",
                "child LC_ALL=[C] unmarked");
    }

    @Test
    void findsTheBuiltInGateTypesInTheShadedJar() throws Exception {
        Run run = launch("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("command — ");
    }

    @Test
    void rejectsABrokenChecklistWithOneLine() throws Exception {
        Files.writeString(project.resolve("checklist.yaml"), "version: 1\ngates:\n  - id: a\n    type: nope\n");

        Run run = launch("check", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .endsWith("checklist.yaml:4:11: unknown gate type `nope` (registered: alert-rules, command, credential-probe, "
                        + "http-health, http-smoke, k8s-manifests, model-config, prometheus-query, runbook, secret-scan)");
    }
}
