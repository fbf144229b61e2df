package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Secret;
import dev.mistralready.checks.secrets.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private final String token = new Keys(5).mistral();

    @Test
    void replacesASecretThatContainsAnotherWhole() {
        Redaction redaction = Redaction.of(List.of(Secret.of(token), Secret.of("Bearer " + token)));

        assertThat(redaction.scrub("got Bearer " + token + " and " + token))
                .isEqualTo("got " + Secret.redact("Bearer " + token) + " and " + Secret.redact(token));
    }

    @Test
    void ignoresEmptySecretsAndLeavesOtherTextAlone() {
        assertThat(Redaction.of(List.of(Secret.of(""))).scrub("nothing secret")).isEqualTo("nothing secret");
        assertThat(Redaction.NONE.scrub(token)).isEqualTo(token);
    }
}
