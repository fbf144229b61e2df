package dev.mistralready.checks.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void matchesAtTheStartOfAWordWhateverTheCaseAndDashes() {
        WordList words = new WordList(List.of("rate limit", "throttl", "on call"));

        assertThat(words.firstIn("We hit the Rate-Limiting of the workspace")).hasValue("rate limit");
        assertThat(words.firstIn("requests are throttled")).hasValue("throttl");
        assertThat(words.firstIn("Page the **On_Call** engineer")).hasValue("on call");
        assertThat(words.isIn("the pirate limits")).isFalse();
    }

    @Test
    void aWordEndingInADigitMustEndThere() {
        WordList words = new WordList(List.of("503"));

        assertThat(words.isIn("answers 503.")).isTrue();
        assertThat(words.isIn("port 5030")).isFalse();
        assertThat(words.isIn("code E503")).isFalse();
    }

    @Test
    void anEllipsisStandsForUpToThreeWords() {
        WordList words = new WordList(List.of("rotate … key", "redeploy ... previous"));

        assertThat(words.isIn("Rotate the Mistral API key")).isTrue();
        assertThat(words.isIn("rotate key")).isTrue();
        assertThat(words.isIn("Redeploy the previous image")).isTrue();
        assertThat(words.isIn("rotate the logs, then check the key")).isFalse();
    }

    @Test
    void theDefaultVocabularyLeavesOutWordsThatMeanSomethingElse() {
        RunbookTopic auth = RunbookVocabulary.TOPICS.get(4);
        RunbookTopic escalation = RunbookVocabulary.TOPICS.get(6);

        assertThat(List.of("Log rotation is daily", "the on-call rotation")).noneMatch(line -> auth.isNamedBy(WordList.normalise(line)));
        assertThat(escalation.isNamedBy(WordList.normalise("Check the status page"))).isFalse();
        assertThat(escalation.isNamedBy(WordList.normalise("Page the on-call engineer"))).isTrue();
    }

    @Test
    void linkTargetsAreNotText() {
        assertThat(WordList.normalise("See [the guide](docs/rate-limits.md)")).isEqualTo("see [the guide]");
    }
}
