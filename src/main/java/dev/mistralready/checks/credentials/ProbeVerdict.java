package dev.mistralready.checks.credentials;

import dev.mistralready.check.DurationText;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.ConnectionFailure;
import dev.mistralready.http.StatusText;
import dev.mistralready.mistral.ModelsReply;
import dev.mistralready.mistral.RateLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the API's reply into the gate's outcome. The status code decides, never the body's shape:
 * the body only supplies the API's own words for the message.
 */
final class ProbeVerdict {

    private final CredentialProbeOptions options;
    private final Secret key;
    private final String api;

    ProbeVerdict(CredentialProbeOptions options, Secret key) {
        this.options = options;
        this.key = key;
        this.api = options.baseUrl().shownAs();
    }

    Outcome of(ModelsReply reply) {
        if (reply instanceof ModelsReply.Listed listed) {
            return listed(listed);
        }
        if (reply instanceof ModelsReply.OtherStatus status) {
            return otherStatus(status);
        }
        if (reply instanceof ModelsReply.Malformed malformed) {
            return outcome(Status.FAIL, "not a model list (" + malformed.code() + " from " + api + " in "
                    + took(malformed.latency()) + ")", finding(ProbeRules.MALFORMED, Severity.ERROR,
                    api + " answered " + statusText(malformed.code()) + ", but " + malformed.problem(),
                    "Check that `base-url` is the Mistral API itself, not a proxy, a gateway or a captive portal."));
        }
        return unreachable((ModelsReply.Unreachable) reply);
    }

    private Outcome listed(ModelsReply.Listed listed) {
        List<Finding> findings = new ArrayList<>();
        Set<String> visible = new HashSet<>(listed.modelIds());
        List<String> missing = options.requireModels().stream().filter(id -> !visible.contains(id)).toList();
        if (!missing.isEmpty()) {
            findings.add(finding(ProbeRules.MISSING_MODEL, Severity.ERROR,
                    "the key in " + options.keyEnv() + " cannot see " + quoted(missing) + " (" + models(listed.entries())
                            + " visible)",
                    "Use a key of the workspace that has " + (missing.size() == 1 ? "this model" : "these models")
                            + ", or correct the id in `require-models` and in the app (GET /v1/models lists them)."));
        }
        boolean slow = listed.latency().compareTo(options.degradedAfter()) > 0;
        if (slow) {
            findings.add(finding(ProbeRules.SLOW, Severity.WARNING,
                    api + " took " + took(listed.latency()) + " to list the models, more than `degraded-after` ("
                            + DurationText.format(options.degradedAfter()) + ")",
                    "Check the network path to the API and Mistral's status; raise `degraded-after` if this latency "
                            + "is normal where the checklist runs."));
        }
        Status status = !missing.isEmpty() ? Status.FAIL : slow ? Status.WARN : Status.PASS;
        String summary = (slow ? "degraded: " : "") + "200 from " + api + " in " + took(listed.latency()) + ", "
                + models(listed.entries()) + " visible" + figures(listed.rateLimits());
        return Outcome.of(status, summary, findings);
    }

    private Outcome otherStatus(ModelsReply.OtherStatus reply) {
        int code = reply.code();
        String answered = statusText(code) + reply.message().map(message -> ": \"" + message + "\"")
                .orElse(" (no error message in the body)");
        String at = " (" + code + " from " + api + " in " + took(reply.latency()) + ")" + figures(reply.rateLimits());
        String theKey = "the key in " + options.keyEnv() + " (" + key + ")";
        if (code == 401) {
            return outcome(Status.FAIL, "authentication failed" + at, finding(ProbeRules.UNAUTHORIZED, Severity.ERROR,
                    "the API rejected " + theKey + " with " + answered,
                    "The key is wrong, revoked, expired or from another workspace: create one in the production "
                            + "workspace of the Mistral console and update " + options.keyEnv() + "."));
        }
        if (code == 403) {
            return outcome(Status.FAIL, "authentication failed" + at, finding(ProbeRules.FORBIDDEN, Severity.ERROR,
                    "the API refused " + theKey + " with " + answered,
                    "The key is known but not allowed here: check its workspace's permissions and tier in the "
                            + "Mistral console, or use a key of the production workspace."));
        }
        if (code == 402) {
            return outcome(Status.FAIL, "billing" + at, finding(ProbeRules.PAYMENT_REQUIRED, Severity.ERROR,
                    "the API refused " + theKey + " with " + answered,
                    "Add a payment method or settle the bill of the key's organization in the Mistral console."));
        }
        if (code == 429) {
            String retry = reply.rateLimits().describeRetryAfter().map(text -> "; " + text).orElse("");
            return outcome(Status.WARN, "rate limited" + at, finding(ProbeRules.RATE_LIMITED, Severity.WARNING,
                    "the key works, but the API answered " + answered + retry,
                    "The workspace is over a rate or monthly spending limit, which all its keys share: see "
                            + "https://admin.mistral.ai/plateforme/limits, spread the load, or move to a higher tier."));
        }
        if (code >= 500) {
            return outcome(Status.FAIL, "unavailable" + at, finding(ProbeRules.SERVER_ERROR, Severity.ERROR,
                    api + " is unavailable: it answered " + answered,
                    "The error is on the API's side: retry later, and check Mistral's status page if it persists."));
        }
        if (code >= 300 && code < 400) {
            String target = reply.location().map(location -> " to " + location).orElse(" without a location");
            return outcome(Status.FAIL, "redirected" + at, finding(ProbeRules.UNEXPECTED_STATUS, Severity.ERROR,
                    api + " answered " + statusText(code) + " with a redirect" + target + "; it was not followed, so the "
                            + "key went nowhere else",
                    "Set `base-url` to the API's own address, such as https://api.mistral.ai."));
        }
        return outcome(Status.FAIL, "unexpected answer" + at, finding(ProbeRules.UNEXPECTED_STATUS, Severity.ERROR,
                api + " answered " + answered,
                "Check `base-url`: it should be the API's root, such as https://api.mistral.ai (a trailing /v1 is "
                        + "optional)."));
    }

    private Outcome unreachable(ModelsReply.Unreachable reply) {
        ConnectionFailure failure = reply.failure();
        if (failure == ConnectionFailure.CANCELLED) {
            return Outcome.error("cancelled before " + api + " answered");
        }
        String what = failure.explain(options.baseUrl().host(), options.requestTimeout());
        String fix = switch (failure) {
            case TIMEOUT -> "Check the network path to the API (proxy, firewall); raise `request-timeout` if the API "
                    + "is only slow.";
            case CONNECTION_REFUSED -> "Nothing accepts connections at `base-url`: check its host and port, and any "
                    + "proxy or firewall in between.";
            case DNS -> "Check the host in `base-url` and the DNS settings of the machine the checklist runs on.";
            case TLS -> "Check for a TLS-intercepting proxy (add its CA to the JVM's trust store) and the machine's "
                    + "clock.";
            default -> "Check the network path to the API (proxy, firewall, VPN).";
        };
        return outcome(Status.FAIL, "unavailable: " + what + " (" + api + ")", finding(ProbeRules.UNREACHABLE,
                Severity.ERROR, api + " is unreachable: " + what + " (" + reply.detail() + ")", fix));
    }

    private static Outcome outcome(Status status, String summary, Finding finding) {
        return Outcome.of(status, summary, List.of(finding));
    }

    private static Finding finding(String rule, Severity severity, String message, String fix) {
        return Finding.of(rule, severity, message, fix);
    }

    private static String statusText(int code) {
        return StatusText.of(code);
    }

    private static String took(Duration latency) {
        return DurationText.format(latency);
    }

    private static String models(int count) {
        return count + (count == 1 ? " model" : " models");
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
    }

    /** {@code ; rate limits: x-ratelimit-remaining-req-minute 59, …}, or nothing. */
    private static String figures(RateLimits limits) {
        return limits.figures().isEmpty() ? "" : "; rate limits: " + limits.describeFigures();
    }
}
