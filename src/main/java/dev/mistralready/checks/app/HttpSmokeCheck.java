package dev.mistralready.checks.app;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.List;

/**
 * The {@code http-smoke} gate: the post-deploy smoke test. POSTs a chat request to the deployed app
 * and checks that the answer carries the model's text, which proves more than a health check: the
 * whole path from the app through its key to the model works. The answer may be JSON or a stream of
 * server-sent events. A second request with another prompt shows a canned fallback: the same text
 * to both fails, as does an answer that matches {@code reject}. Two small requests at most, the
 * second only when the first passed.
 */
public final class HttpSmokeCheck implements Check<HttpSmokeOptions> {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final Sleeper sleeper;

    public HttpSmokeCheck() {
        this(Sleeper.REAL);
    }

    /** @param sleeper how a watch waits between samples */
    HttpSmokeCheck(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String type() {
        return "http-smoke";
    }

    @Override
    public List<Rule> rules() {
        return AppRuleCatalogue.SMOKE;
    }

    @Override
    public String summary() {
        return "Smoke-tests the deployed app: two chat requests POSTed to it come back with the model's own answers";
    }

    @Override
    public Class<HttpSmokeOptions> optionsType() {
        return HttpSmokeOptions.class;
    }

    /** With a watch: the window, plus the usual default and both requests' own time limits for the last sample. */
    @Override
    public Duration defaultTimeout(HttpSmokeOptions options) {
        return options.watch().map(watch -> watch.timeout(defaultTimeout().plus(options.requestTimeout().multipliedBy(2))))
                .orElse(defaultTimeout());
    }

    @Override
    public boolean needsNetwork(HttpSmokeOptions options) {
        return true;
    }

    @Override
    public Outcome run(HttpSmokeOptions options, CheckContext context) {
        Target target = options.target();
        TargetOutcomes outcomes = new TargetOutcomes(SmokeRules.TARGET, "the app's chat endpoint", "POST");
        Target.Resolution resolution = target.resolve(context.environment());
        if (!(resolution instanceof Target.Resolution.Ready ready)) {
            return outcomes.unresolved(resolution, options.required());
        }
        Outcome outcome = options.watch()
                .map(watch -> new WatchRun(watch, context, sleeper)
                        .outcome(() -> new SmokeRun(options, ready, outcomes, context).sample()))
                .orElseGet(() -> new SmokeRun(options, ready, outcomes, context).outcome());
        return ready.redaction().scrub(outcome);
    }
}
