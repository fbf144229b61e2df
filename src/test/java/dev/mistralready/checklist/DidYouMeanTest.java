package dev.mistralready.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void suggestsTheClosestWordIncludingSwappedLetters() {
        assertThat(DidYouMean.closest("tiemout", List.of("id", "timeout", "title"))).contains("timeout");
        assertThat(DidYouMean.closest("Tpye", List.of("id", "type"))).contains("type");
        assertThat(DidYouMean.closest("tset", List.of("build", "tests"))).contains("tests");
        assertThat(DidYouMean.closest("warn", List.of("error", "warning"))).contains("warning");
    }

    @Test
    void suggestsNothingWhenNoWordIsClose() {
        assertThat(DidYouMean.closest("kubernetes", List.of("id", "type", "timeout"))).isEmpty();
        assertThat(DidYouMean.hint("zz", List.of("with"))).isEmpty();
    }
}
