package dev.mistralready;

import static dev.mistralready.project.files.TestFiles.latin1;
import static dev.mistralready.project.files.TestFiles.write;
import static dev.mistralready.project.files.TestFiles.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code LC_ALL=C} the JVM spells file names in ASCII. The jar, run without the launcher, still
 * scans files by the bytes of their names; a name it must turn into a Path (to match an exclude
 * pattern) is skipped with the reason and the fix, never a crash of the gate.
 */
@DisabledOnOs(OS.WINDOWS)
@ExtendWith(HermeticGit.class)
class NonUtf8LocaleIT {

    static final Path JAR = Path.of("target", "mistral-ready.jar").toAbsolutePath();

    @TempDir
    Path project;

    private final Keys keys = new Keys(53);

    record Run(int exitCode, String out) {
    }

    /** The jar on a JVM like this one, with the locale set to C and nothing else of the locale. */
    static Run underLocaleC(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("mistral-ready-output", ".txt"); // outside the project it scans
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("mistral-ready finished").isTrue();
        try {
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.delete(output);
        }
    }

    private Run check() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return underLocaleC(new ArrayList<>(List.of(java, "-jar", JAR.toString(), "check", project.toString(),
                "--color", "never")));
    }

    @BeforeEach
    void project() throws Exception {
        writeRaw(project, latin1("caf\u00e9.py"), "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        write(project, "caf\u00e9-utf8.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"\n");
        try (TestRepository repo = TestRepository.init(project)) {
            repo.addRaw(latin1("caf\u00e9.py")).addRaw("caf\u00e9-utf8.py".getBytes(StandardCharsets.UTF_8)).commit("initial");
        }
    }

    @Test
    void findsKeysInFilesWhoseNamesTheLocaleCannotSpell() throws Exception {
        write(project, "checklist.yaml", "version: 1\ngates:\n  - {id: secrets, type: secret-scan}\n");

        Run run = check();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL   secrets", "2 secrets in 3 files", "MR-SEC-001 caf\\xe9.py:1:20",
                "MR-SEC-001 caf?-utf8.py:1:20");
    }

    @Test
    void aNameThatCannotBeMatchedAgainstAnExcludeIsSkippedWithTheFixAndTheGateDoesNotPass() throws Exception {
        write(project, "checklist.yaml", "version: 1\ngates:\n"
                + "  - {id: secrets, type: secret-scan, with: {exclude: ['*.lock']}}\n");

        Run run = check();

        assertThat(run.out()).doesNotContain("crashed", "PASS");
        assertThat(run.out()).contains("MR-SEC-001 caf\\xe9.py:1:20",
                "unreadable: caf?-utf8.py (its name cannot be spelled in the JVM's file name encoding, ANSI_X3.4-1968, "
                        + "which follows the locale; run with a UTF-8 locale, such as LC_ALL=C.UTF-8)");
    }
}
