package dev.mistralready.checks.models;

import static dev.mistralready.project.files.TestFiles.copyTree;
import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.ByteSize;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files the lint was pointed at but could not read: named, and never a pass or a skip. */
class ModelConfigUnreadTest {

    private static final String NOUN = "source or Spring configuration file";

    @TempDir
    Path dir;

    private Path project;

    /** A file beside the project, which a link in it leads out to. */
    private Path outside;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        outside = write(dir, "outside/chat.ts", "import { Mistral } from '@mistralai/mistralai';\n");
    }

    private static Outcome check(Path root, ModelConfigOptions options) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(options, new CheckContext(root, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private Outcome check() throws Exception {
        return check(project, ModelConfigOptions.defaults());
    }

    private static ModelConfigOptions upTo(String size) {
        return new ModelConfigOptions(List.of(), List.of(), List.of(), true, ByteSize.parse(size), null, null);
    }

    private void link(String path) throws Exception {
        Files.createDirectories(project.resolve(path).getParent());
        Files.createSymbolicLink(project.resolve(path), outside);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ModelConfigUnreadTest.class.getResource("/fixtures/models/" + name).toURI());
    }

    @Test
    void aSourceLinkedOutOfTheProjectIsNamedAndWarnsInsteadOfSkipping() throws Exception {
        link("src/chat.ts");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary())
                .isEqualTo("1 " + NOUN + " found, none could be read: src/chat.ts is a symbolic link, not followed");
        assertThat(outcome.details()).isEqualTo("not read src/chat.ts: symbolic link to " + outside + ", not followed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void sourcesOverMaxFileSizeOrBinaryAreNamedAndDoNotPass() throws Exception {
        write(project, "src/big.js", "// padding\n".repeat(200));
        Files.write(project.resolve("src/model.py"), new byte[] {'#', 0, 'x'});

        Outcome outcome = check(project, upTo("1KiB"));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("2 " + NOUN + "s found, none could be read: 1 is too large; 1 is binary");
        assertThat(outcome.details()).isEqualTo("not read src/big.js: 2.1 KiB > 1 KiB limit\n"
                + "not read src/model.py: binary content (NUL byte)");
    }

    @Test
    void aMistralCallOverMaxFileSizeBesideACleanOneMakesThePassAWarning() throws Exception {
        copyTree(fixture("ts-clean"), project);
        write(project, "src/big.js", "// padding\n".repeat(200_000));
        Outcome readable = check(fixture("ts-clean"), upTo("1MiB"));

        Outcome outcome = check(project, upTo("1MiB"));

        assertThat(readable.status()).isEqualTo(Status.PASS);
        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("2 Mistral calls in 1 file, all pinned; 1 " + NOUN + " could not be read");
        assertThat(outcome.details()).isEqualTo("not read src/big.js: 2.1 MiB > 1 MiB limit\n" + readable.details());
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aSkipOverTheSourcesReadBecomesAWarningWhenOneWasNotRead() throws Exception {
        copyTree(fixture("no-mistral"), project);
        link("src/chat.ts");

        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.summary()).isEqualTo("no Mistral client or chat call in 1 " + NOUN + "; 1 " + NOUN
                + " could not be read");
        assertThat(outcome.details()).isEqualTo("not read src/chat.ts: symbolic link to " + outside + ", not followed");
    }

    @Test
    void linksToFilesTheLintDoesNotReadChangeNothing() throws Exception {
        copyTree(fixture("ts-clean"), project);
        link("docs/README.md");
        link("test/chat.test.ts");
        Outcome readable = check(fixture("ts-clean"), ModelConfigOptions.defaults());

        Outcome outcome = check();

        assertThat(outcome).isEqualTo(readable);
    }
}
