package dev.mistralready.checks.app;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.http.ConnectionFailure;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.LoopbackHost;
import dev.mistralready.http.ServiceUrl;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes every gate of the deployed app reaches the same way, in the same words. Once the URL
 * is known, an outcome's details name the request ({@code request: GET https://app.example.com/health},
 * or {@code request not sent: …}): a checklist may come from a pull request, and whoever reviews the run
 * sees where it sent the headers, in every report format.
 */
final class TargetOutcomes {

    private final TargetRules rules;
    private final String endpoint;
    private final String method;

    /**
     * @param endpoint what the URL points at, for fixes: {@code the app's health endpoint}
     * @param method   the request's method: {@code GET}
     */
    TargetOutcomes(TargetRules rules, String endpoint, String method) {
        this.rules = rules;
        this.endpoint = endpoint;
        this.method = method;
    }

    /** {@code outcome}, whose request went to {@code url}, with the details line that says so. */
    Outcome sent(ServiceUrl url, Outcome outcome) {
        return outcome.withDetails("request: " + method + " " + url);
    }

    /**
     * Why the request is not sent: a variable is not set, its value cannot be used, or a secret would
     * travel in clear.
     */
    Outcome unresolved(Target.Resolution resolution, boolean required) {
        Outcome outcome;
        Optional<ServiceUrl> url;
        if (resolution instanceof Target.Resolution.Missing missing) {
            outcome = missing(missing, required);
            url = missing.url();
        } else if (resolution instanceof Target.Resolution.InClear inClear) {
            outcome = inClear(inClear);
            url = Optional.of(inClear.url());
        } else {
            Target.Resolution.Unusable unusable = (Target.Resolution.Unusable) resolution;
            outcome = unusable(unusable);
            url = unusable.url();
        }
        return url.map(address -> outcome.withDetails("request not sent: " + method + " " + address)).orElse(outcome);
    }

    /** A variable is not set: a skip with the reason, or a failure when the gate is {@code required}. */
    private Outcome missing(Target.Resolution.Missing missing, boolean required) {
        String variable = missing.variable();
        String why = variable + (missing.empty() ? " is empty" : " is not set")
                + missing.header().map(header -> " (header `" + header + "` uses it)").orElse("");
        if (!required) {
            return Outcome.skip("skipped: " + why);
        }
        String provide = missing.header().isPresent()
                ? "Provide " + variable + " where this checklist runs (a CI secret)"
                : "Set " + variable + " to the address of " + endpoint + " where this checklist runs";
        return Outcome.fail(why, List.of(Finding.of(rules.missingVariable(), Severity.ERROR, why,
                provide + ", or set `required: false` to skip the gate when it is absent.")));
    }

    private Outcome unusable(Target.Resolution.Unusable unusable) {
        return Outcome.fail(unusable.variable() + " cannot be used", List.of(Finding.of(rules.unusableVariable(),
                Severity.ERROR, unusable.problem(), unusable.fix())));
    }

    private Outcome inClear(Target.Resolution.InClear inClear) {
        ServiceUrl url = inClear.url();
        return Outcome.fail("refused: plain http to " + url.host() + " would carry a secret in clear",
                List.of(Finding.of(rules.inClear(), Severity.ERROR, inClear.variable() + " is plain http:// to "
                                + url.host() + ", which is not this machine, so " + inClear.carrier() + " would travel "
                                + "in clear; nothing was sent",
                        "Set " + inClear.variable() + " to the https:// address of " + endpoint + " (plain http is only "
                                + "for loopback: " + LoopbackHost.DESCRIBED + ").")));
    }

    /** No answer: named as the credential probe names it (timeout, refused, DNS, TLS). */
    Outcome unreachable(HttpReply.NoAnswer none, Target target, ServiceUrl url, Duration timeout) {
        ConnectionFailure failure = none.failure();
        if (failure == ConnectionFailure.CANCELLED) {
            return Outcome.error("cancelled before " + url + " answered");
        }
        String what = failure.explain(url.host(), timeout);
        String setting = target.urlSetting();
        String fix = switch (failure) {
            case TIMEOUT -> "Check that the app is up and the network path to it (proxy, firewall); raise "
                    + "`request-timeout` if it is only slow.";
            case CONNECTION_REFUSED -> "Nothing accepts connections at " + setting + ": check that the app is deployed "
                    + "and running, and the URL's host and port.";
            case DNS -> "Check the host in " + setting + " and the DNS settings of the machine the checklist runs on.";
            case TLS -> "Check the app's certificate, a TLS-intercepting proxy (add its CA to the JVM's trust store) "
                    + "and the machine's clock.";
            default -> "Check that the app is up and the network path to it (proxy, firewall, VPN).";
        };
        return Outcome.fail("unreachable: " + what + " (" + url + ")", List.of(Finding.of(rules.unreachable(),
                Severity.ERROR, url + " is unreachable: " + what + " (" + none.detail() + ")", fix)));
    }
}
