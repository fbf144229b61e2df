package dev.mistralready.checks.app;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import java.util.List;
import java.time.Duration;

/**
 * The {@code http-health} gate: asks the deployed app's health endpoint how it is, as the production
 * checklist describes it ({@code GET /health} answers 200 with {@code {"status": "healthy", "provider":
 * "mistral", …}}, 503 when unhealthy), and reports what it says and how fast. The health JSON may be
 * nested in a body that reports on several services ({@link HealthBody}).
 */
public final class HttpHealthCheck implements Check<HttpHealthOptions> {

    /** Health answers are small; more is not read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

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
        HttpReply reply = new HttpExchange(context.network().client(), options.requestTimeout())
                .send(ready.request().get().build(), MAX_BODY_BYTES, ready.redaction(), context.cancellation());
        Outcome outcome = reply instanceof HttpReply.NoAnswer none
                ? outcomes.unreachable(none, target, ready.url(), options.requestTimeout())
                : new HealthVerdict(options, target, ready.url(), ready.redaction()).of((HttpReply.Answered) reply);
        return ready.redaction().scrub(outcomes.sent(ready.url(), outcome));
    }
}
