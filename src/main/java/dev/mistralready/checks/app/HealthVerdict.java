package dev.mistralready.checks.app;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.StatusText;
import dev.mistralready.http.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the health endpoint's answer into the gate's outcome: the status code first (503 is
 * unhealthy, anything but {@code expect-status} unexpected), then the app's own verdict in the body,
 * then the latency.
 */
final class HealthVerdict {

    private static final String MISTRAL = "mistral";
    private static final int MAX_KIB = HttpHealthCheck.MAX_BODY_BYTES / 1024;
    private static final String UNHEALTHY_FIX = "The app cannot serve: read its error, check its Mistral key (the "
            + "credential-probe gate), its way to the API, and https://status.mistral.ai.";

    private final HttpHealthOptions options;
    private final Target target;
    private final ServiceUrl url;
    private final Redaction redaction;

    /** @param redaction the request's secrets, scrubbed out of every string decoded from the body */
    HealthVerdict(HttpHealthOptions options, Target target, ServiceUrl url, Redaction redaction) {
        this.options = options;
        this.target = target;
        this.url = url;
        this.redaction = redaction;
    }

    Outcome of(HttpReply.Answered answer) {
        int code = answer.code();
        String at = code + " from " + url + " in " + DurationText.format(answer.latency());
        if (code == 503 && options.expectStatus() != 503) {
            String error = HealthBody.errorIn(answer.body(), options.pointer(), redaction)
                    .map(text -> ": \"" + text + "\"").orElse(excerpt(answer));
            return Outcome.of(Status.FAIL, "unhealthy (" + at + ")", List.of(Finding.of(HealthRules.UNHEALTHY,
                    Severity.ERROR, url + " answered " + StatusText.of(code) + error, UNHEALTHY_FIX)));
        }
        if (code != options.expectStatus()) {
            return unexpectedStatus(answer, at);
        }
        HealthBody body;
        try {
            if (answer.truncated()) {
                throw new HealthBody.UnexpectedShape("the body is larger than " + MAX_KIB + " KiB");
            }
            body = HealthBody.parse(answer.body(), options.pointer(), redaction);
        } catch (HealthBody.UnexpectedShape e) {
            return Outcome.of(Status.FAIL, "not the health JSON (" + at + ")", List.of(Finding.of(HealthRules.MALFORMED,
                    Severity.ERROR, url + " answered " + StatusText.of(code) + ", but " + e.getMessage() + "; expected "
                            + HealthBody.EXPECTED + excerpt(answer), malformedFix())));
        }
        String where = body.at().map(pointer -> " at " + pointer).orElse("");
        List<Finding> findings = new ArrayList<>();
        Status status = Status.PASS;
        if (!body.mistral()) {
            findings.add(Finding.of(HealthRules.OTHER_PROVIDER, Severity.ERROR, url + " reports provider \""
                    + body.provider() + "\"" + where + ", not \"" + MISTRAL + "\"",
                    "The app answers through another provider (a fallback?): check its configuration, or point "
                            + target.urlSetting() + " at the health endpoint of the Mistral integration."));
            status = Status.FAIL;
        }
        String said = body.error().map(text -> ": \"" + text + "\"").orElse(" (no `error` given)");
        if (body.state() == HealthState.UNHEALTHY) {
            findings.add(Finding.of(HealthRules.UNHEALTHY, Severity.ERROR, url + " reports status \"unhealthy\"" + where
                    + " with " + StatusText.of(code) + said, UNHEALTHY_FIX));
            status = Status.FAIL;
        } else if (body.state() == HealthState.DEGRADED) {
            findings.add(Finding.of(HealthRules.DEGRADED, Severity.WARNING, url + " reports status \"degraded\"" + where
                    + said,
                    "The app reaches Mistral, but slowly or not fully: read its error, and check the API's latency and "
                            + "rate limits (the credential-probe gate shows both)."));
            status = worse(status, Status.WARN);
        }
        boolean slow = answer.latency().compareTo(options.degradedAfter()) > 0;
        if (slow) {
            findings.add(Finding.of(HealthRules.SLOW, Severity.WARNING, url + " took "
                    + DurationText.format(answer.latency()) + " to answer, more than `degraded-after` ("
                    + DurationText.format(options.degradedAfter()) + ")",
                    "Check the app's load and its way to Mistral; raise `degraded-after` if this latency is normal "
                            + "where the checklist runs."));
            status = worse(status, Status.WARN);
        }
        String provider = body.mistral() ? "" : ", provider " + body.provider();
        return Outcome.of(status, body.state().word() + where + provider + (slow ? ", slow" : "") + " (" + at + ")"
                + reported(body),
                findings);
    }

    private Outcome unexpectedStatus(HttpReply.Answered answer, String at) {
        int code = answer.code();
        String expected = ", expected " + StatusText.of(options.expectStatus());
        if (StatusText.isRedirect(code)) {
            String location = answer.header("Location").map(Excerpt::of).map(to -> " to " + to)
                    .orElse(" without a location");
            return Outcome.of(Status.FAIL, "redirected (" + at + ")", List.of(Finding.of(HealthRules.UNEXPECTED_STATUS,
                    Severity.ERROR, url + " answered " + StatusText.of(code) + " with a redirect" + location
                            + "; it was not followed" + expected,
                    "Set " + target.urlSetting() + " to the health endpoint's own address; a health check should "
                            + "answer where it is asked.")));
        }
        return Outcome.of(Status.FAIL, "unexpected answer (" + at + ")", List.of(Finding.of(HealthRules.UNEXPECTED_STATUS,
                Severity.ERROR, url + " answered " + StatusText.of(code) + expected + excerpt(answer),
                "Check " + target.urlSetting() + " (host and path of the health endpoint) and the app's logs; set "
                        + "`expect-status` if the endpoint answers a healthy check with another code.")));
    }

    /** What to do about a body that is not the health JSON, naming `pointer` as the way to a nested one. */
    private String malformedFix() {
        String pointer = options.pointer().map(set -> "correct `pointer` (now " + set + ")")
                .orElse("set `pointer` to where the body keeps Mistral's health (such as /components/mistral)");
        return "Make the endpoint answer the health JSON of the production checklist, point " + target.urlSetting()
                + " at the one that does, or " + pointer + ".";
    }

    private static String excerpt(HttpReply.Answered answer) {
        return BodyExcerpt.of(answer);
    }

    /** {@code ; the app reports latencyMs 120, model mistral-small-2603}, or nothing. */
    private static String reported(HealthBody body) {
        List<String> parts = new ArrayList<>();
        body.latency().ifPresent(parts::add);
        body.model().ifPresent(model -> parts.add("model " + model));
        return parts.isEmpty() ? "" : "; the app reports " + String.join(", ", parts);
    }

    private static Status worse(Status current, Status candidate) {
        return current == Status.FAIL ? current : candidate;
    }
}
