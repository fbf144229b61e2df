package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.ByteSize;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.project.files.TestFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file over max-file-size is read in windows, not skipped: a minified bundle with an inlined key. */
class LargeFileScanTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(3);

    private Outcome scan(ByteSize maxFileSize) throws Exception {
        return new SecretScanCheck().run(new SecretScanOptions(List.of(), List.of(), maxFileSize, List.of(), List.of()),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    /** Minified code: one long line of short statements, the way a bundler writes it. */
    private String minified(int length) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (code.length() < length) {
            code.append("function a").append(i).append("(t){return t.map(e=>e*").append(i++ % 97).append(")};");
        }
        return code.toString();
    }

    @Test
    void findsAKeyAViteBuildInlinedIntoAThreeMegabyteBundle() throws Exception {
        String key = keys.mistral();
        String before = minified(2_200_000);
        String inlined = "const Mn=\"https://api.mistral.ai/v1/chat/completions\",Kn=\"" + key + "\";";
        TestFiles.write(project, "dist/assets/index-4f2a9c1e.js", "/* bundle */\n" + before + inlined + minified(900_000) + "\n");

        Outcome outcome = scan(SecretScanOptions.DEFAULT_MAX_FILE_SIZE);

        int column = before.length() + inlined.indexOf(key) + 1;
        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(org.assertj.core.api.Assertions.tuple("MR-SEC-001",
                        new Location("dist/assets/index-4f2a9c1e.js", 2, column)));
        assertThat(outcome.summary()).contains("1 file,").doesNotContain("skipped");
    }

    @Test
    void findsAKeyOnTheEdgeOfTwoWindowsOnceWithTheRightLineAndColumn() throws Exception {
        int window = 64 * 1024; // the smallest window
        for (int offset = -40; offset <= 8; offset += 6) {
            String key = keys.mistral();
            StringBuilder text = new StringBuilder();
            int line = 1;
            while (text.length() < window - 200) {
                text.append("// filler line ").append(line++).append(" of a long generated file\n");
            }
            String prefix = "x".repeat(window - 200 - text.length() + 200 + offset - "MISTRAL_API_KEY = \"".length());
            // One two-byte character: the key starts at byte window + offset + 1, across the edge of the first window.
            text.append("é").append(prefix.substring(1).replace('x', ' ')).append("MISTRAL_API_KEY = \"").append(key).append("\"\n");
            text.append("// the end\n".repeat(5000));
            String path = "gen/edge" + (offset + 40) + ".py";
            TestFiles.write(project, path, text.toString());

            Outcome outcome = scan(new ByteSize(window));

            int keyLine = line;
            assertThat(outcome.findings()).as("offset %d", offset)
                    .extracting(finding -> finding.location().orElseThrow())
                    .containsExactly(new Location(path, keyLine, prefix.length() + "MISTRAL_API_KEY = \"".length() + 1));
            java.nio.file.Files.delete(project.resolve(path));
        }
    }
}
