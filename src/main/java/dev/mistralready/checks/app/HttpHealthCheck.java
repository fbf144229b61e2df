package dev.mistralready.checks.app;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code http-health} gate: asks the deployed app's health endpoint how it is, as the production
 * checklist describes it ({@code GET /health} answers 200 with {@code {"status": "healthy", "provider":
 * "mistral", …}}, 503 when unhealthy), and reports what it says and how fast. The health JSON may be
 * nested in a body that reports on several services ({@link HealthBody}).
 */
public final class HttpHealthCheck implements Check<HttpHealthOptions> {

    /** Health answers are small; more is not read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final Sleeper sleeper;

    public HttpHealthCheck() {
        this(Sleeper.REAL);
    }

    /** @param sleeper how a watch waits between samples */
    HttpHealthCheck(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String type() {
        return "http-health";
    }

    @Override
    public List<Rule> rules() {
        return AppRuleCatalogue.HEALTH;
    }

    @Override
    public String summary() {
        return "Checks the deployed app's health endpoint: it answers in time that it is healthy, with Mistral as provider";
    }

    @Override
    public Class<HttpHealthOptions> optionsType() {
        return HttpHealthOptions.class;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(1);
    }

    /** With a watch: the window, plus the usual default and a request's own time limit for the last sample. */
    @Override
    public Duration defaultTimeout(HttpHealthOptions options) {
        return options.watch().map(watch -> watch.timeout(defaultTimeout().plus(options.requestTimeout())))
                .orElse(defaultTimeout());
    }

    @Override
    public boolean needsNetwork(HttpHealthOptions options) {
        return true;
    }

    @Override
    public Outcome run(HttpHealthOptions options, CheckContext context) {
        Target target = options.target();
        TargetOutcomes outcomes = new TargetOutcomes(HealthRules.TARGET, "the app's health endpoint", "GET");
        Target.Resolution resolution = target.resolve(context.environment());
        if (!(resolution instanceof Target.Resolution.Ready ready)) {
            return outcomes.unresolved(resolution, options.required());
        }
        HttpExchange exchange = new HttpExchange(context.network().client(), options.requestTimeout());
        Supplier<Sample> sampler = () -> sample(options, context, ready, exchange, outcomes);
        Outcome outcome = options.watch()
                .map(watch -> new WatchRun(watch, context, sleeper).outcome(sampler))
                .orElseGet(() -> single(sampler.get()));
        return ready.redaction().scrub(outcome);
    }

    /** One request, judged: the whole gate without a watch, one sample with one. */
    private static Sample sample(HttpHealthOptions options, CheckContext context, Target.Resolution.Ready ready,
                                 HttpExchange exchange, TargetOutcomes outcomes) {
        HttpReply reply = exchange.send(ready.request().get().build(), MAX_BODY_BYTES, ready.redaction(),
                context.cancellation());
        Outcome outcome = reply instanceof HttpReply.NoAnswer none
                ? outcomes.unreachable(none, options.target(), ready.url(), options.requestTimeout())
                : new HealthVerdict(options, options.target(), ready.url(), ready.redaction()).of((HttpReply.Answered) reply);
        return new Sample(outcome, reply.latency(), List.of(outcomes.sent(ready.url(), outcome).details()));
    }

    private static Outcome single(Sample sample) {
        return sample.outcome().withDetails(String.join("\n", sample.requests()));
    }
}
