package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Cancellation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunningGatesTest {

    @Test
    void cancellingTheRunCancelsRunningGatesAndAdmitsNoNewOne() {
        try (RunningGates running = new RunningGates(Duration.ZERO)) {
            Cancellation first = new Cancellation();
            Cancellation queued = new Cancellation();
            assertThat(running.admit(first)).isTrue();

            running.cancelAll();

            assertThat(first.isCancelled()).isTrue();
            assertThat(running.admit(queued)).isFalse();
        }
    }
}
