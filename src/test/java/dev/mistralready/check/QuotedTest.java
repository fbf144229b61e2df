package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotedTest {

    /** Shaped like each kind of key, built at run time so this file holds none. */
    private static String mistralShaped() {
        return "Zq4" + "aB7cD0eF3gH6iJ9kL2mN5oP8qR1sT";
    }

    @Test
    void redactsAKeyInsideOtherText() {
        String key = mistralShaped();

        assertThat(Quoted.withoutKeys("MISTRAL_API_KEY=" + key + " # prod"))
                .isEqualTo("MISTRAL_API_KEY=Zq4a…(32 chars) # prod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghp_", "ghs_", "sk-proj-", "xoxb-1234-"})
    void redactsTokensWithAPrefix(String prefix) {
        String token = prefix + "R2d2C3poBb8Yoda4Luke5Leia6Han7";

        assertThat(Quoted.withoutKeys(token)).isEqualTo(Secret.redact(token));
    }

    @Test
    void redactsBase64WithSlashesBesideCapitals() {
        String awsShaped = "wJalrXUtnFEMI" + "/K7MDENG/bPxRfiCYEXAMPLEKEY";

        assertThat(Quoted.withoutKeys(awsShaped)).isEqualTo(Secret.redact(awsShaped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mistral-large-latest", "open-mistral-nemo-2407", "codestral-embed-2505",
            "src/test/resources/fixtures/v2/app", "MISTRAL_READY_HEALTH_URL", "max-file-size", "maven-verify"})
    void leavesNamesPathsAndOptionsAlone(String text) {
        assertThat(Quoted.withoutKeys(text)).isEqualTo(text);
    }

    @Test
    void anExcerptIsOneShortLine() {
        String excerpt = Quoted.excerpt("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");

        assertThat(excerpt).isEqualTo("root:x:0:0:root:/root:/bin/bash daemon:x…").doesNotContain("\n");
    }

    @Test
    void anExcerptRedactsBeforeItCuts() {
        String key = mistralShaped();

        assertThat(Quoted.excerpt("password: " + key + " and a great deal more text after it"))
                .isEqualTo("password: Zq4a…(32 chars) and a great de…");
    }

    @Test
    void aUrlIsQuotedWithoutItsUserPasswordAndQuery() {
        assertThat(Quoted.url("https://ops:hunter2@app.example.com/health?token=abc#top"))
                .isEqualTo("https://…@app.example.com/health?…#top");
        assertThat(Quoted.url("http://localhost:8080/health")).isEqualTo("http://localhost:8080/health");
        assertThat(Quoted.url("not a url")).isEqualTo("not a url");
    }
}
