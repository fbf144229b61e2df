package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"500ms, 500", "10s, 10000", "2m, 120000", "1h, 3600000", "1m30s, 90000", " 2M , 120000",
            "1h1m1s1ms, 3661001", "24h, 86400000", "0h1s, 1000"})
    void readsEveryUnitAndTheirSums(String text, long millis) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "s", "10 s", "1.5s", "10sec", "-1s", "1d", "١s", "ms10"})
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is not a duration; expected " + DurationText.EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3000000h", "24h1ms", "99999999999999999999999s", "1441m"})
    void rejectsWhatIsLongerThanADay(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is longer than the 24h a duration may be");
    }

    @Test
    void aDurationOfManyPartsIsReadWithoutRecursion() {
        String manyParts = "1ms".repeat(200_000);

        assertThatThrownBy(() -> DurationText.parse(manyParts + "24h"))
                .hasMessageEndingWith("is longer than the 24h a duration may be");
        assertThat(DurationText.parse("1ms".repeat(50_000))).isEqualTo(Duration.ofMillis(50_000));
    }

    @Test
    void quotesALongValueShort() {
        assertThatThrownBy(() -> DurationText.parse("ten minutes ".repeat(1_000)))
                .hasMessageStartingWith("`ten minutes ten minutes ten minutes ten …` is not a duration");
    }

    @Test
    void formatsForPeople() {
        assertThat(DurationText.format(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(DurationText.format(Duration.ofMillis(1200))).isEqualTo("1.2s");
        assertThat(DurationText.format(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(DurationText.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(DurationText.format(Duration.ofHours(24))).isEqualTo("24h");
    }
}
