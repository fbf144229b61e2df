package dev.mistralready.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void recognisesSecretLookingNamesInAnyCase() {
        assertThat(SecretMask.looksSecret("MISTRAL_API_KEY")).isTrue();
        assertThat(SecretMask.looksSecret("github_token")).isTrue();
        assertThat(SecretMask.looksSecret("Db_PassWd")).isTrue();
        assertThat(SecretMask.looksSecret("AWS_CREDENTIALS_FILE")).isTrue();
        assertThat(SecretMask.looksSecret("PATH")).isFalse();
        assertThat(SecretMask.looksSecret("HOME")).isFalse();
    }

    @Test
    void replacesLongSecretValuesButNotShortOnesOrOrdinaryVariables() {
        SecretMask mask = SecretMask.of(
                Map.of("API_KEY", "abcdefghijklmnop", "SHORT_TOKEN", "1234567", "HOST", "example.internal"), // mistral-ready:allow (fake test value)
                Map.of("DB_PASSWORD", "hunter2hunter2"));

        assertThat(mask.apply("key=abcdefghijklmnop short=1234567 host=example.internal pw=hunter2hunter2"))
                .isEqualTo("key=abcd…(16 chars) short=1234567 host=example.internal pw=hunt…(14 chars)");
    }

    @Test
    void masksEachLineOfAMultiLineSecret() {
        SecretMask mask = SecretMask.of(Map.of("PRIVATE_KEY", "-----BEGIN KEY-----\nMIIEvQIBADANBgkq\n-----END KEY-----")); // mistral-ready:allow (fake test value)

        assertThat(mask.apply("MIIEvQIBADANBgkq")).doesNotContain("MIIEvQIBADANBgkq");
    }

    @Test
    void redactsKeyShapedTokensButNotDigestsIdentifiersOrPaths() {
        String key = new dev.mistralready.checks.secrets.Keys(3).mistral();
        SecretMask mask = SecretMask.of(Map.of());

        assertThat(mask.apply("curl -H \"Authorization: Bearer " + key + "\" https://api.mistral.ai/v1/models"))
                .isEqualTo("curl -H \"Authorization: Bearer " + key.substring(0, 4) + "…(32 chars)\" https://api.mistral.ai/v1/models");
        String ordinary = "git checkout 9e107d9d372bb6826bd81d3542a419d6cafebabe && "
                + "mvn -Dtest=ChatCompletionRequestBuilderTest src/main/java/dev/mistralready/Main.java";
        assertThat(mask.apply(ordinary)).isEqualTo(ordinary);
    }
}
