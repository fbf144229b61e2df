package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding secretAt(String file, int line, String secret) {
        return Finding.of("MR-SEC-001", Severity.ERROR, "Mistral API key: `" + Secret.redact(secret) + "`", "Rotate it.")
                .at(Location.of(file, line))
                .withFingerprint(Fingerprint.of("MR-SEC-001", file, secret));
    }

    private static String written(List<Finding> findings) throws IOException {
        StringWriter out = new StringWriter();
        Baseline.write(findings, out);
        return out.toString();
    }

    private Baseline readBack(String text) throws Exception {
        return Baseline.parse(text.getBytes(StandardCharsets.UTF_8), "baseline.json");
    }

    @Test
    void fingerprintNamesRuleAndFileButNeitherLineNorSecret() {
        String secret = "Ab3" + "x".repeat(29);

        String fingerprint = Fingerprint.of("MR-SEC-001", "src/app.ts", secret);

        assertThat(fingerprint).matches("MR-SEC-001:src/app\\.ts:[0-9a-f]{16}");
        assertThat(fingerprint).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
    }

    @Test
    void fingerprintChangesWithTheSecretTheRuleAndTheFile() {
        String one = Fingerprint.of("MR-SEC-001", "a.ts", "first-value-123");

        assertThat(Fingerprint.of("MR-SEC-001", "a.ts", "first-value-123")).isEqualTo(one);
        assertThat(Fingerprint.of("MR-SEC-001", "a.ts", "other-value-123")).isNotEqualTo(one);
        assertThat(Fingerprint.of("MR-SEC-012", "a.ts", "first-value-123")).isNotEqualTo(one);
        assertThat(Fingerprint.of("MR-SEC-001", "b.ts", "first-value-123")).isNotEqualTo(one);
    }

    @Test
    void writesOneSortedEntryPerFingerprintWithoutLineNumbers() throws Exception {
        String secret = "Zq9" + "k".repeat(29);
        Finding late = secretAt("src/z.ts", 40, secret);
        Finding early = secretAt("src/a.ts", 2, secret);
        Finding duplicate = secretAt("src/a.ts", 9, secret);

        String text = written(List.of(late, early, duplicate));

        assertThat(text).isEqualTo("{\n"
                + "  \"schema\": \"mistral-ready/baseline@1\",\n"
                + "  \"findings\": [\n"
                + "    {\n"
                + "      \"fingerprint\": \"" + early.fingerprint().orElseThrow() + "\",\n"
                + "      \"rule\": \"MR-SEC-001\",\n"
                + "      \"file\": \"src/a.ts\",\n"
                + "      \"message\": \"Mistral API key: `Zq9k…(32 chars)`\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"fingerprint\": \"" + late.fingerprint().orElseThrow() + "\",\n"
                + "      \"rule\": \"MR-SEC-001\",\n"
                + "      \"file\": \"src/z.ts\",\n"
                + "      \"message\": \"Mistral API key: `Zq9k…(32 chars)`\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
        assertThat(text).doesNotContain(secret);
        assertThat(written(List.of(duplicate, early, late))).as("order of findings does not matter").isEqualTo(text);
    }

    @Test
    void leavesOutFindingsWithoutAFingerprint() throws Exception {
        Finding commandFailed = Finding.of("MR-CMD-001", Severity.ERROR, "`npm test` exited with code 1", "Fix it.");

        assertThat(written(List.of(commandFailed))).isEqualTo(
                "{\n  \"schema\": \"mistral-ready/baseline@1\",\n  \"findings\": []\n}\n");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Finding known = secretAt("src/a.ts", 3, "Kn0" + "w".repeat(29));
        Finding moved = secretAt("src/a.ts", 30, "Kn0" + "w".repeat(29));
        Finding other = secretAt("src/a.ts", 3, "Ne0" + "w".repeat(29));

        Baseline baseline = readBack(written(List.of(known)));

        assertThat(baseline.size()).isEqualTo(1);
        assertThat(baseline.contains(known)).isTrue();
        assertThat(baseline.contains(moved)).as("same secret, other line").isTrue();
        assertThat(baseline.contains(other)).as("other secret, same line").isFalse();
        assertThat(baseline.unmatched(List.of(other))).isEqualTo(1);
        assertThat(baseline.unmatched(List.of(moved))).isZero();
    }

    @Test
    void namesLineAndColumnOfBrokenJson() {
        assertThatThrownBy(() -> readBack("{\n  \"schema\": \"mistral-ready/baseline@1\",\n  \"findings\": [ oops ]\n}\n"))
                .isInstanceOf(Baseline.Unusable.class)
                .hasMessageStartingWith("baseline.json:3:")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void rejectsAFileOfAnotherFormat() {
        assertThatThrownBy(() -> readBack("{\"findings\": []}"))
                .isInstanceOf(Baseline.Unusable.class)
                .hasMessage("baseline.json: not a baseline file (expected \"schema\": \"mistral-ready/baseline@1\"); "
                        + "write one with `mistral-ready baseline`");
        assertThatThrownBy(() -> readBack("{\"schema\": \"mistral-ready/baseline@1\", \"findings\": [{\"rule\": \"x\"}]}"))
                .isInstanceOf(Baseline.Unusable.class)
                .hasMessage("baseline.json: every entry in `findings` needs a `fingerprint`");
    }

    @Test
    void quotesBrokenJsonWithoutTheKeyItHolds() {
        String token = "ghs_" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6";

        assertThatThrownBy(() -> readBack(token + "\n"))
                .isInstanceOf(Baseline.Unusable.class)
                .hasMessageStartingWith("baseline.json:1:")
                .hasMessageContaining("not valid JSON: Unrecognized token 'ghs_…(40 chars)'")
                .hasMessageNotContaining(token.substring(4));
    }
}
