package dev.mistralready.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One {@code <testsuite>}: a gate, with its properties, testcases and captured output. */
record JunitSuite(String name, Duration time, List<Property> properties, List<JunitCase> cases, String systemOut) {

    record Property(String name, String value) {

        Property {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    JunitSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        properties = List.copyOf(properties);
        cases = List.copyOf(cases);
        Objects.requireNonNull(systemOut, "systemOut");
    }

    long failures() {
        return cases.stream().filter(JunitCase::isFailure).count();
    }

    long errors() {
        return cases.stream().filter(JunitCase::isError).count();
    }

    long skipped() {
        return cases.stream().filter(JunitCase::isSkipped).count();
    }
}
