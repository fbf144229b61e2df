package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.project.files.HermeticGit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Files Windows tools write as UTF-16 (a byte order mark, then NUL every other byte) are text, and scanned. */
@ExtendWith(HermeticGit.class)
class Utf16SecretsTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(16);

    private Outcome scan(HistoryOption history) throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults().withHistory(history),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    /** What PowerShell's {@code Out-File} and Notepad's "Unicode" write: the mark, then the text. */
    private void writeUtf16(String path, String text, boolean littleEndian) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(littleEndian ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
        Charset charset = littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        bytes.write(text.getBytes(charset));
        Files.createDirectories(project.resolve(path).getParent());
        Files.write(project.resolve(path), bytes.toByteArray());
    }

    private static String profile(String key) {
        return "# Profile for the chat service — café\r\nSet-Location C:\\src\\chat\r\n$env:MISTRAL_API_KEY = \"" + key + "\"\r\n";
    }

    @Test
    void findsAKeyInAUtf16PowerShellScriptOfEitherByteOrder() throws Exception {
        String little = keys.mistral();
        String big = keys.mistral();
        writeUtf16("scripts/profile.ps1", profile(little), true);
        writeUtf16("scripts/profile-be.ps1", profile(big), false);

        Outcome outcome = scan(HistoryOption.OFF);

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("scripts/profile-be.ps1", 3, 25)),
                        tuple("MR-SEC-001", new Location("scripts/profile.ps1", 3, 25)));
        assertThat(outcome.findings().get(1).message()).isEqualTo("Mistral API key: `" + little.substring(0, 4) + "…(32 chars)`");
        assertThat(outcome.summary()).contains("2 files").doesNotContain("binary");
    }

    @Test
    void findsAKeyInAUtf16FileOnlyInTheHistoryAtTheLineItWasAdded() throws Exception {
        String key = keys.mistral();
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            writeUtf16("scripts/profile.ps1", "# Profile\r\n", true);
            commit(git, "profile");
            writeUtf16("scripts/profile.ps1", "# Profile\r\n" + profile(key), true);
            commit(git, "add the key");
            writeUtf16("scripts/profile.ps1", "# Profile\r\n$env:MISTRAL_API_KEY = (Get-Secret Mistral)\r\n", true);
            commit(git, "read the key from the vault");
        }

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("scripts/profile.ps1", 4, 25)));
        assertThat(outcome.findings().get(0).message()).contains("added in commit");
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test").setSign(false).call();
    }
}
