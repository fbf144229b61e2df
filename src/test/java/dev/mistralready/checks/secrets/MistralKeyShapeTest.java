package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Recall and precision of the Mistral key rule over many generated strings of the key's length. */
class MistralKeyShapeTest {

    private static final int SAMPLES = 2_000;

    private final Keys keys = new Keys(7);
    private final SecretDetector detector = new SecretDetector(BuiltInRules.all());

    private int found(String valueAlphabet) {
        int found = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String value = keys.random(valueAlphabet, 32);
            found += detector.scan("settings.py", ("MISTRAL_API_KEY = \"" + value + "\"\n").getBytes(StandardCharsets.UTF_8)).size();
        }
        return found;
    }

    @Test
    void findsNearlyEveryRandomKey() {
        // A random 32-character key lacks a digit with probability (52/62)^32, about 0.4%.
        assertThat(found(Keys.ALNUM)).isGreaterThanOrEqualTo(SAMPLES * 99 / 100);
    }

    @Test
    void findsNoHexDigestOrIdentifierOfTheSameLength() {
        assertThat(found("0123456789abcdef")).isZero();
        assertThat(found("0123456789ABCDEF")).isZero();
        assertThat(found("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")).isZero();
    }
}
