package dev.mistralready.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void formatsInBinaryUnitsWithOneDecimalWhenNeeded() {
        assertThat(ByteSize.format(0)).isEqualTo("0 B");
        assertThat(ByteSize.format(1023)).isEqualTo("1023 B");
        assertThat(ByteSize.format(1024)).isEqualTo("1 KiB");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSize.format(1024 * 1024)).isEqualTo("1 MiB");
        assertThat(ByteSize.format(2_411_725)).isEqualTo("2.3 MiB");
        assertThat(ByteSize.format(3L * 1024 * 1024 * 1024)).isEqualTo("3 GiB");
    }

    @Test
    void roundsUpIntoTheNextUnitInsteadOfShowing1024() {
        assertThat(ByteSize.format(1024 * 1024 - 1)).isEqualTo("1 MiB");
    }
}
