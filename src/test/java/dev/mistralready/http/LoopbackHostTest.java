package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which hosts count as this machine, decided from the text alone. */
class LoopbackHostTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "127.255.255.255", "127.0.0.2", "::1", "[::1]",
            "0:0:0:0:0:0:0:1", "[0::1]", "0:0::0:1", "localhost", "LOCALHOST", "LocalHost"})
    void countsLoopbackLiteralsAndLocalhost(String host) {
        assertThat(LoopbackHost.is(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "128.0.0.1", "126.0.0.1", "example.com", "app.example.invalid",
            "127.0.0.1.nip.io", "localhost.example.com", "localhost.", "0x7f000001", "2130706433", "127.1",
            "127.0.1", "0177.0.0.1", "127.000.000.001", "127.0.0.256", "127.0.0.1.", "::", "1::", "::2", "::0:1:1",
            "[::ffff:127.0.0.1]", "::ffff:7f00:1", "0:0:0:0:0:0:0:0:1", "[::1%lo]", "", "[]"})
    void doesNotCountAnythingElse(String host) {
        assertThat(LoopbackHost.is(host)).as(host).isFalse();
    }
}
