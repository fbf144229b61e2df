package dev.mistralready.checks.deploy;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests the gate was pointed at but could not read: named, and never a pass or a skip. */
class K8sManifestsUnreadTest {

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

    private Outcome check(K8sManifestsOptions options) throws Exception {
        return new K8sManifestsCheck().run(options,
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private Outcome check() throws Exception {
        return check(K8sManifestsOptions.defaults());
    }

    private void good() throws Exception {
        copyTree(Path.of(getClass().getResource("/fixtures/k8s/good").toURI()), project);
    }

    @Test
    void aManifestLinkedOutOfTheProjectIsNamedAndWarnsInsteadOfSkipping() throws Exception {
        Files.createDirectories(project.resolve("k8s"));
        Files.createSymbolicLink(project.resolve("k8s/deployment.yaml"), outside);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(
                "1 Kubernetes manifest found, none could be read: k8s/deployment.yaml is a symbolic link, not followed");
        assertThat(outcome.details()).isEqualTo("not read k8s/deployment.yaml: symbolic link to " + outside + ", not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aLinkedManifestFolderIsNamedAsAFolder() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        write(elsewhere, "deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n");
        Files.createSymbolicLink(project.resolve("k8s"), elsewhere);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("1 folder found, none could be read: k8s/ is a symbolic link, not followed");
        assertThat(outcome.details()).isEqualTo("not read k8s/: symbolic link to " + elsewhere + ", not followed");
    }

    @Test
    void manifestsTooLargeOrBinaryAreNamedWithWhy() throws Exception {
        write(project, "k8s/big.yaml", "# padding\n".repeat(210_000));
        Files.write(project.resolve("k8s/blob.yml"), new byte[] {'k', 0, 'y'});

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(
                "2 Kubernetes manifests found, none could be read: 1 is too large; 1 is binary");
        assertThat(outcome.details()).isEqualTo("not read k8s/big.yaml: 2 MiB > 1 MiB limit\n"
                + "not read k8s/blob.yml: binary content (NUL byte)");
    }

    @Test
    void oneTooLargeManifestSaysBy() throws Exception {
        write(project, "k8s/big.yaml", "# padding\n".repeat(210_000));

        Outcome outcome = check();

        assertThat(outcome.summary()).isEqualTo(
                "1 Kubernetes manifest found, none could be read: k8s/big.yaml is too large (2 MiB > 1 MiB limit)");
    }

    @Test
    void aPassOverTheManifestsReadBecomesAWarningThatCountsTheUnread() throws Exception {
        good();
        Files.createSymbolicLink(project.resolve("k8s/worker.yaml"), outside);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(
                "1 workload ready (3 objects in 3 files); 1 Kubernetes manifest could not be read");
        assertThat(outcome.details()).isEqualTo("not read k8s/worker.yaml: symbolic link to " + outside + ", not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aManifestNamedInPathsThatIsALinkIsNamed() throws Exception {
        good();
        Files.createSymbolicLink(project.resolve("k8s/worker.yaml"), outside);

        Outcome outcome = check(new K8sManifestsOptions(List.of("k8s/worker.yaml"), null, null, false, false));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo(
                "1 Kubernetes manifest found, none could be read: k8s/worker.yaml is a symbolic link, not followed");
    }

    @Test
    void anUnreadableFolderOfManifestsIsAnErrorWhenNothingWasRead() throws Exception {
        TestRepository.init(project).close();
        write(project, "k8s/broken/.git", "gitdir: " + project.resolve("nowhere"));
        write(project, "k8s/broken/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("1 folder found, none could be read: k8s/broken/ could not be read "
                + "(a git repository that could not be read: ");
        assertThat(outcome.details()).startsWith("not read k8s/broken/: a git repository that could not be read: ");
    }

    @Test
    void aLinkThatIsNoManifestChangesNothing() throws Exception {
        Files.createDirectories(project.resolve("k8s"));
        Files.createSymbolicLink(project.resolve("k8s/README.md"), outside);

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Kubernetes manifests in k8s/, deploy/, manifests/, kustomize/");
        assertThat(outcome.details()).isEmpty();
    }
}
