package dev.mistralready;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile's promises: a JRE image that runs as a non-root user through the installed launcher;
 * and, where a Docker daemon answers and the base images can be had, the image builds and checks a
 * mounted project.
 */
@DisabledOnOs(OS.WINDOWS)
class DockerImageIT {

    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Pattern NO_BASE_IMAGE = Pattern.compile(
            "(?i)pull access denied|failed to resolve source metadata|dial tcp|no such host|TLS handshake timeout|i/o timeout");

    @TempDir
    Path project;

    private record Run(int exitCode, String output) {
    }

    @Test
    void theImageIsAJreRunAsANonRootUserThroughTheInstalledLauncher() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> finalStage = lines.subList(lastIndexStartingWith(lines, "FROM "), lines.size());

        assertThat(finalStage.get(0)).matches("FROM eclipse-temurin:17-jre\\b.*");
        assertThat(finalStage).filteredOn(line -> line.startsWith("USER ")).singleElement()
                .satisfies(user -> assertThat(user).matches("USER [1-9][0-9]{3,}"));
        assertThat(finalStage).contains("ENTRYPOINT [\"/opt/mistral-ready/mistral-ready\"]");
        assertThat(String.join("\n", lines)).contains("tar xzf target/mistral-ready-*.tar.gz");
    }

    @Test
    void buildsAndChecksAMountedProjectWhereDockerRuns() throws Exception {
        Run info = docker(List.of("info"));
        Assumptions.assumeTrue(info.exitCode() == 0, "no Docker daemon answers here: " + firstLine(info.output()));
        Run build = docker(List.of("build", "-q", "-t", "mistral-ready-it", "."));
        Assumptions.assumeFalse(build.exitCode() != 0 && NO_BASE_IMAGE.matcher(build.output()).find(),
                "the base images cannot be pulled here: " + firstLine(build.output()));
        assertThat(build.exitCode()).as(build.output()).isZero();
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: secrets, type: secret-scan}
                  - {id: fails, type: command, with: {run: 'exit 1'}}
                """);

        Run check = docker(List.of("run", "--rm", "-v", project + ":/src:ro", "mistral-ready-it", "check", "/src", "--color", "never"));

        assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("PASS   secrets", "FAIL   fails");
    }

    private static int lastIndexStartingWith(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + "line in the Dockerfile");
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no output)");
    }

    private Run docker(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(arguments);
        Path output = Files.createTempFile("docker", ".txt");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException notInstalled) {
                return new Run(127, "docker is not installed: " + notInstalled.getMessage());
            }
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("docker " + arguments.get(0) + " did not finish within 15 minutes");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
