package dev.mistralready.checks.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a body of server-sent events is split into events, the way a browser's EventSource splits it. */
class EventStreamTest {

    @Test
    void splitsOnCrLfAndCrAloneAndDropsOneLeadingSpace() {
        assertThat(EventStream.parse("data: one\r\rdata:  two\rdata:three\r\r")).containsExactly(
                new EventStream.Event("message", "one"), new EventStream.Event("message", " two\nthree"));
    }

    @Test
    void skipsCommentsAndTheByteOrderMarkAndKeepsTheEventType() {
        assertThat(EventStream.parse("\uFEFF: hello\nevent: delta\nid: 7\nretry: 100\ndata: x\n\n")).containsExactly(
                new EventStream.Event("delta", "x"));
    }

    @Test
    void keepsAnEventTheBodyEndsInWithoutABlankLine() {
        assertThat(EventStream.parse("data: a\n\ndata: b")).containsExactly(new EventStream.Event("message", "a"),
                new EventStream.Event("message", "b"));
    }

    @Test
    void knowsAnEventStreamByItsContentTypeInAnyCase() {
        assertThat(EventStream.isEventStream(Optional.of("Text/Event-Stream; charset=utf-8"))).isTrue();
        assertThat(EventStream.isEventStream(Optional.of("application/json"))).isFalse();
        assertThat(EventStream.isEventStream(Optional.empty())).isFalse();
    }
}
