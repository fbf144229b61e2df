package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.project.files.HermeticGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A bare repository named as DIR: the gates that read files say it has none; the history is still scanned. */
@DisabledOnOs(OS.WINDOWS)
@ExtendWith(HermeticGit.class)
class BareRepositoryCliTest {

    private static final String SKIPPED = "skipped: DIR is a bare git repository: it has no work tree; check a clone, "
            + "or use history: true for the secret gate";

    @TempDir
    Path work;

    @Test
    void theFileGatesSkipABareRepositoryAndTheHistoryIsScanned() throws Exception {
        Path project = Files.createDirectories(work.resolve("project"));
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Files.writeString(project.resolve("RUNBOOK.md"), "# Runbook\n");
            Files.createDirectories(project.resolve("k8s"));
            Files.writeString(project.resolve("k8s/app.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setSign(false).call();
        }
        Path bare = work.resolve("app.git");
        Git.cloneRepository().setURI(project.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        Files.writeString(bare.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: models, type: model-config}
                  - {id: k8s, type: k8s-manifests, with: {required: true, paths: [objects]}}
                  - {id: alerts, type: alert-rules, with: {required: true, paths: [objects]}}
                  - {id: runbook, type: runbook, with: {required: true}}
                  - {id: secrets, type: secret-scan}
                  - {id: history, type: secret-scan, with: {history: true}}
                """);

        CliRun run = CliRun.in(work, "check", bare.toString(), "--offline", "--color", "never", "--verbose");

        assertThat(run.exitCode()).isZero();
        for (String gate : new String[] {"models", "k8s", "alerts", "runbook", "secrets"}) {
            assertThat(run.out()).containsPattern("(?m)^SKIP   " + gate + " .*\\n       " + Pattern.quote(SKIPPED) + "$");
        }
        assertThat(run.out()).containsPattern("(?m)^PASS   history .*\\n       no secrets in the history$");
        assertThat(run.out()).contains("history: 1 commit of every branch and tag, 2 blobs scanned");
    }
}
