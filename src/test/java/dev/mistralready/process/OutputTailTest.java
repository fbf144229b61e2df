package dev.mistralready.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsOnlyTheLastLinesAndCountsAll() {
        OutputTail tail = new OutputTail(3, 100, SecretMask.NONE);

        tail.accept("1\n2\n3\n4\n5");
        tail.finish();

        assertThat(tail.lines()).containsExactly("3", "4", "5");
        assertThat(tail.totalLines()).isEqualTo(5);
        assertThat(tail.render()).isEqualTo("last 3 of 5 lines of output:\n3\n4\n5");
    }

    @Test
    void saysHowManyLinesWhenAllAreKept() {
        OutputTail tail = new OutputTail(3, 100, SecretMask.NONE);

        tail.accept("only\n");
        tail.finish();

        assertThat(tail.render()).isEqualTo("output (1 line):\nonly");
    }

    @Test
    void saysSoWhenThereWasNoOutput() {
        OutputTail tail = new OutputTail(SecretMask.NONE);
        tail.finish();

        assertThat(tail.render()).isEqualTo("no output");
    }

    @Test
    void cutsLongLinesAndSaysHowMuchWasCut() {
        OutputTail tail = new OutputTail(3, 5, SecretMask.NONE);

        tail.accept("abcdefghij\n");

        assertThat(tail.lines()).containsExactly("abcde… (5 more chars)");
    }

    @Test
    void windowsLineEndingsEndLinesAndALoneCarriageReturnRestartsOne() {
        OutputTail tail = new OutputTail(5, 100, SecretMask.NONE);

        tail.accept("a\r\nb\r\n10%\r50%\r");
        tail.accept("100%\n");

        assertThat(tail.lines()).containsExactly("a", "b", "100%");
    }

    @Test
    void masksASecretThatStraddlesTheCutBeforeCutting() {
        String secret = "0123456789abcdef"; // mistral-ready:allow (fake test value)
        OutputTail tail = new OutputTail(3, 10, SecretMask.of(Map.of("API_KEY", secret)));

        tail.accept("12345678" + secret + "\n");

        // masked first ("12345678" + "0123…(16 chars)"), then cut to 10 characters
        assertThat(tail.lines()).containsExactly("1234567801… (13 more chars)");
    }
}
