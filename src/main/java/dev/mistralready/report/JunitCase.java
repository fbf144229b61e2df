package dev.mistralready.report;

import dev.mistralready.check.Status;
import java.time.Duration;
import java.util.Objects;

/**
 * One {@code <testcase>}. The status picks its child: FAIL and WARN give {@code <failure>}, ERROR gives
 * {@code <error>}, SKIP gives {@code <skipped>}, PASS gives none. {@code type}, {@code message} and
 * {@code body} are only written where that child has them.
 */
record JunitCase(String classname, String name, Duration time, Status status, String type, String message,
                 String body) {

    JunitCase {
        Objects.requireNonNull(classname, "classname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(body, "body");
    }

    boolean isFailure() {
        return status == Status.FAIL || status == Status.WARN;
    }

    boolean isError() {
        return status == Status.ERROR;
    }

    boolean isSkipped() {
        return status == Status.SKIP;
    }
}
