package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.project.files.HermeticGit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A gate that passes on a healthy repository only warns when git could not list the files it read. */
@DisabledOnOs(OS.WINDOWS)
@ExtendWith(HermeticGit.class)
class BrokenIndexCliTest {

    @TempDir
    Path work;

    @Test
    void aPassingGateWarnsAndNamesTheBrokenIndex() throws Exception {
        Path project = Files.createDirectories(work.resolve("project"));
        Path alerts = Path.of("examples/chat-service/alerts/mistral.rules.yml");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(project.resolve("alerts"));
            Files.copy(alerts, project.resolve("alerts/mistral.rules.yml"));
            Files.writeString(project.resolve("checklist.yaml"),
                    "version: 1\ngates:\n  - {id: alerts, type: alert-rules, with: {promtool: false}}\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setSign(false).call();
        }
        CliRun healthy = CliRun.in(work, "check", "project");
        Files.writeString(project.resolve(".git/index"), "not an index at all, but long enough to have a header\n");

        CliRun broken = CliRun.in(work, "check", "project", "-v");

        assertThat(healthy.exitCode()).as(healthy.out()).isZero();
        assertThat(healthy.out()).containsPattern("(?m)^PASS   alerts ");
        assertThat(broken.out()).containsPattern("(?m)^WARN   alerts ")
                .contains("; git could not list the files")
                .contains("listed by a plain directory walk, not by git: .git/index cannot be read: Not a DIRC file.");
    }
}
