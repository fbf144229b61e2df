package dev.mistralready.check;

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

    @Test
    void parsesSizesAsWrittenInAChecklist() {
        assertThat(ByteSize.parse("1MiB").bytes()).isEqualTo(1_048_576);
        assertThat(ByteSize.parse("512 KiB").bytes()).isEqualTo(524_288);
        assertThat(ByteSize.parse("10MB").bytes()).isEqualTo(10_000_000);
        assertThat(ByteSize.parse("2048").bytes()).isEqualTo(2048);
    }

    @Test
    void rejectsWhatIsNotASizeSayingWhatIsExpected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("big"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`big` is not a size such as 1MiB, 512KiB, 10MB or a number of bytes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("0"))
                .hasMessage("a size must be positive, was 0");
    }

    @Test
    void refusesSizesOverOneGibibyteInsteadOfOverflowing() {
        assertThat(ByteSize.parse("1GiB").bytes()).isEqualTo(ByteSize.MAXIMUM);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("99999999999GiB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`99999999999GiB` is larger than the 1 GiB a size may be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("9223372036854775807GiB"))
                .hasMessage("`9223…(22 chars)` is larger than the 1 GiB a size may be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("999999999999999999999999999999b"))
                .hasMessage("`9999…(31 chars)` is larger than the 1 GiB a size may be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("1025MiB"))
                .hasMessage("`1025MiB` is larger than the 1 GiB a size may be");
    }

    @Test
    void refusesANumberOfBytesBeyondALongRatherThanWrappingIt() {
        com.fasterxml.jackson.databind.node.JsonNodeFactory nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.fromYaml(
                        nodes.numberNode(new java.math.BigInteger("99999999999999999999"))))
                .hasMessage("`99999999999999999999` is larger than the 1 GiB a size may be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.fromYaml(
                        nodes.numberNode(new java.math.BigInteger("-9223372036854775809"))))
                .hasMessage("a size must be positive, was -9223372036854775809");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.fromYaml(nodes.numberNode(9223372036854775807L)))
                .hasMessage("`9223372036854775807` is larger than the 1 GiB a size may be");
    }
}
