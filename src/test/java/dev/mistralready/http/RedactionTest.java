package dev.mistralready.http;

import static dev.mistralready.http.Encodings.base64;
import static dev.mistralready.http.Encodings.jsonMixed;
import static dev.mistralready.http.Encodings.jsonUnicode;
import static dev.mistralready.http.Encodings.percent;
import static dev.mistralready.http.Encodings.percentMixed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.checks.secrets.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private final String token = new Keys(5).mistral();
    private final String redacted = Secret.redact(token);
    private final Redaction redaction = Redaction.of(Secret.of(token));

    @Test
    void replacesASecretThatContainsAnotherWhole() {
        Redaction both = Redaction.of(List.of(Secret.of(token), Secret.of("Bearer " + token)));

        assertThat(both.scrub("got Bearer " + token + " and " + token))
                .isEqualTo("got " + Secret.redact("Bearer " + token) + " and " + Secret.redact(token));
    }

    @Test
    void replacesASecretThatContainsAnotherWholeInAnyForm() {
        Redaction both = Redaction.of(List.of(Secret.of(token), Secret.of("Bearer " + token)));

        assertThat(both.scrub("got Bearer\\u0020" + token + ", " + percentMixed("Bearer " + token) + " and "
                + jsonUnicode(token, false)))
                .isEqualTo("got " + Secret.redact("Bearer " + token) + ", " + Secret.redact("Bearer " + token) + " and "
                        + redacted);
    }

    @Test
    void ignoresEmptySecretsAndLeavesOtherTextAlone() {
        assertThat(Redaction.of(List.of(Secret.of(""))).scrub("nothing secret")).isEqualTo("nothing secret");
        assertThat(Redaction.NONE.scrub(token)).isEqualTo(token);
    }

    @Test
    void theRedactedFormShowsFourCharactersAndTheLength() {
        assertThat(redaction.scrub("key " + token + ".")).isEqualTo("key " + token.substring(0, 4) + "…(32 chars).");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void replacesTheSecretWrittenAsJsonUnicodeEscapesInEitherCase(boolean upperHex) {
        assertThat(redaction.scrub("{\"message\":\"bad key " + jsonUnicode(token, upperHex) + "\"}"))
                .isEqualTo("{\"message\":\"bad key " + redacted + "\"}");
    }

    @Test
    void replacesTheSecretWithSomeCharactersEscapedAndSomeNot() {
        assertThat(redaction.scrub("bad key " + jsonMixed(token) + "!")).isEqualTo("bad key " + redacted + "!");
    }

    @Test
    void replacesJsonShortEscapesOfSlashQuoteAndBackslash() {
        String secret = "ab/" + new Keys(6).random(Keys.ALNUM, 12) + "\"q\\z";
        String escaped = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");

        assertThat(Redaction.of(Secret.of(secret)).scrub("[" + escaped + "]")).isEqualTo("[" + Secret.redact(secret) + "]");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void replacesTheSecretUrlEncodedInEitherCase(boolean upperHex) {
        assertThat(redaction.scrub("/login?key=" + percent(token, upperHex) + "&x=1"))
                .isEqualTo("/login?key=" + redacted + "&x=1");
    }

    @Test
    void replacesTheSecretPartlyUrlEncodedWithPlusForASpace() {
        String header = "Bearer " + token;

        assertThat(Redaction.of(Secret.of(header)).scrub("?auth=" + percentMixed(header) + "&"))
                .isEqualTo("?auth=" + Secret.redact(header) + "&");
        assertThat(Redaction.of(Secret.of(header)).scrub("?auth=Bearer+" + token)).isEqualTo("?auth=" + Secret.redact(header));
    }

    @Test
    void replacesTheWholeBase64AndBase64UrlEncodingPaddedOrNot() {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
            assertThat(redaction.scrub("x " + encoder.encodeToString(bytes) + " y")).isEqualTo("x " + redacted + " y");
            assertThat(redaction.scrub("x " + encoder.withoutPadding().encodeToString(bytes) + " y"))
                    .isEqualTo("x " + redacted + " y");
        }
    }

    /** 0, 1 and 2 bytes before the secret, then 3, 4 and 5: the three alignments, each twice. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void replacesTheBase64OfTheSecretInsideALargerEncodedText(int before) {
        String text = "u".repeat(before) + token + "|tail";
        for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
            String scrubbed = redaction.scrub(encoder.encodeToString(text.getBytes(StandardCharsets.UTF_8)));

            int lead = (before * 4 + 2) / 3;
            assertThat(scrubbed).as("%d bytes before", before)
                    .matches("[A-Za-z0-9+/_-]{0," + lead + "}" + java.util.regex.Pattern.quote(redacted)
                            + "[A-Za-z0-9+/_-]{1,9}=*");
        }
    }

    @Test
    void leavesUnrelatedEscapesEncodingsAndBase64Alone() {
        String other = new Keys(7).mistral();
        String text = "{\"m\":\"caf\\u00e9 \\/ " + jsonUnicode(other, false) + "\"} a%20b+c " + percent(other, true) + " "
                + base64(other) + " " + token.substring(0, 31);

        assertThat(redaction.scrub(text)).isEqualTo(text);
    }

    @Test
    void matchesNoBase64FormOfASecretShorterThanEightCharacters() {
        String shortSecret = "q7Zp2x1";
        Redaction shortRedaction = Redaction.of(Secret.of(shortSecret));

        assertThat(shortRedaction.scrub("img " + base64(shortSecret) + " " + base64("~" + shortSecret + "~")))
                .isEqualTo("img " + base64(shortSecret) + " " + base64("~" + shortSecret + "~"));
        assertThat(shortRedaction.scrub(jsonUnicode(shortSecret, false) + " " + percent(shortSecret, false)))
                .isEqualTo("…(7 chars) …(7 chars)");
    }

    @Test
    void takesTimeInProportionToTheTextEvenForABackslashSecretInBackslashes() {
        Redaction backslashes = Redaction.of(Secret.of("\\".repeat(40) + "x"));
        String text = "\\".repeat(100_000);

        String scrubbed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> backslashes.scrub(text));

        assertThat(scrubbed).isEqualTo(text);
    }

    @Test
    void scrubsEveryTextOfAnOutcome() {
        Outcome outcome = Outcome.fail("got " + jsonUnicode(token, true), List.of(Finding.of("MR-X-001", Severity.ERROR,
                        "said " + percent(token, false), "fix " + token)))
                .withDetails("details " + base64(token))
                .withBaselined(List.of(Finding.of("MR-X-002", Severity.WARNING, token, "")));

        Outcome scrubbed = redaction.scrub(outcome);

        assertThat(scrubbed.summary()).isEqualTo("got " + redacted);
        assertThat(scrubbed.findings()).extracting(Finding::message, Finding::fix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("said " + redacted, "fix " + redacted));
        assertThat(scrubbed.details()).isEqualTo("details " + redacted);
        assertThat(scrubbed.baselined()).extracting(Finding::message).containsExactly(redacted);
        assertThat(scrubbed.status()).isEqualTo(outcome.status());
    }

    @Test
    void everyEchoFormOfTheTestsIsReplaced() {
        for (Map.Entry<String, String> echo : Encodings.echoesOf(token).entrySet()) {
            String scrubbed = redaction.scrub("<" + echo.getValue() + ">");

            assertThat(scrubbed).as(echo.getKey()).contains(redacted);
            Leaks.assertNoneOf(token, scrubbed, echo.getKey());
        }
    }
}
