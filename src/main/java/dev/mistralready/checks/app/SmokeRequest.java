package dev.mistralready.checks.app;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.StatusText;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.List;

/**
 * One of the smoke test's two requests, as its outcomes name it: the first is named as the gate always
 * named its one request; the second says so ({@code POST … answered to the second prompt …}).
 */
record SmokeRequest(ServiceUrl url, Target target, boolean second) {

    /** How much of the model's answer a summary shows. */
    static final int SHOWN_ANSWER = 60;

    /** {@code 200 from https://app.example.com/api/chat in 850ms}. */
    String at(int code, Duration latency) {
        return code + " from " + url + " in " + DurationText.format(latency);
    }

    /** {@code POST https://app.example.com/api/chat answered 200 OK}, with {@code to the second prompt} for the second. */
    String posted(int code) {
        return "POST " + url + " answered " + (second ? "the second prompt with " : "") + StatusText.of(code);
    }

    /** A failed outcome with one finding; the summary starts {@code second prompt: } for the second request. */
    Outcome fail(String summary, String rule, String message, String fix) {
        return Outcome.fail(named(summary), List.of(Finding.of(rule, Severity.ERROR, message, fix)));
    }

    /** {@code outcome} with its summary saying which request it is about. */
    Outcome named(Outcome outcome) {
        return new Outcome(outcome.status(), named(outcome.summary()), outcome.findings(), outcome.details(),
                outcome.baselined());
    }

    private String named(String summary) {
        return second ? "second prompt: " + summary : summary;
    }

    /** The start of an answer, on one line: {@link #SHOWN_ANSWER} characters at most. */
    static String shown(String answer) {
        String line = Excerpt.of(answer);
        return line.codePointCount(0, line.length()) <= SHOWN_ANSWER ? line
                : line.substring(0, line.offsetByCodePoints(0, SHOWN_ANSWER)) + "…";
    }
}
