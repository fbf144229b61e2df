package dev.mistralready.report;

import dev.mistralready.check.Location;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <testcase>}. The result picks its child: {@code <failure>}, {@code <error>},
 * {@code <skipped>} or none. {@code type}, {@code message} and {@code body} are only written where that
 * child has them; {@code at} is the file and line CI viewers annotate, when the finding is in the
 * checked directory; {@code systemOut} is what the testcase printed (a warning, a command's output).
 */
record JunitCase(String classname, String name, Duration time, Result result, String type, String message,
                 String body, Optional<Location> at, String systemOut) {

    enum Result { PASSED, FAILED, ERROR, SKIPPED }

    JunitCase {
        Objects.requireNonNull(classname, "classname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(systemOut, "systemOut");
    }

    boolean isFailure() {
        return result == Result.FAILED;
    }

    boolean isError() {
        return result == Result.ERROR;
    }

    boolean isSkipped() {
        return result == Result.SKIPPED;
    }
}
