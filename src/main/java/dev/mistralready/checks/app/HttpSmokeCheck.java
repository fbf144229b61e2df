package dev.mistralready.checks.app;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The {@code http-smoke} gate: the post-deploy smoke test. POSTs a chat request to the deployed app
 * and checks that the answer carries the model's text, which proves more than a health check: the
 * whole path from the app through its key to the model works.
 */
public final class HttpSmokeCheck implements Check<HttpSmokeOptions> {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final MediaType JSON = MediaType.get("application/json");

    @Override
    public String type() {
        return "http-smoke";
    }

    @Override
    public String summary() {
        return "Smoke-tests the deployed app: a chat request POSTed to it comes back with a non-empty answer";
    }

    @Override
    public Class<HttpSmokeOptions> optionsType() {
        return HttpSmokeOptions.class;
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
        HttpReply reply = new HttpExchange(context.network().client(), options.requestTimeout())
                .send(ready.request().post(RequestBody.create(options.body(), JSON)).build(), MAX_BODY_BYTES, ready.redaction(),
                        context.cancellation());
        Outcome outcome = reply instanceof HttpReply.NoAnswer none
                ? outcomes.unreachable(none, target, ready.url(), options.requestTimeout())
                : new SmokeVerdict(options, target, ready.url(), ready.redaction()).of((HttpReply.Answered) reply);
        return ready.redaction().scrub(outcomes.sent(ready.url(), outcome));
    }
}
