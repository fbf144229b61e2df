package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void foldsLinesAndControlCharactersIntoSingleSpaces() {
        assertThat(Excerpt.of("  line one\r\n\tline\u0000two\u001b[0m  ")).isEqualTo("line one line two [0m");
    }

    @Test
    void cutsLongTextAtTwoHundredCharactersWithAnEllipsis() {
        assertThat(Excerpt.of("a".repeat(200))).isEqualTo("a".repeat(200));
        assertThat(Excerpt.of("a".repeat(201))).isEqualTo("a".repeat(200) + "…");
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInHalf() {
        String text = "a".repeat(199) + "😀😀";

        assertThat(Excerpt.of(text)).isEqualTo("a".repeat(199) + "😀…");
    }

    @Test
    void quotesABodyOrSaysItWasEmpty() {
        assertThat(Excerpt.ofBody("{\"error\": \"x\"}\n")).isEqualTo("; body: {\"error\": \"x\"}");
        assertThat(Excerpt.ofBody(" \n")).isEqualTo(" (empty body)");
    }
}
