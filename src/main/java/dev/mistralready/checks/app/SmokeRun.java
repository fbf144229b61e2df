package dev.mistralready.checks.app;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Outcome;
import dev.mistralready.http.HttpExchange;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One run of the smoke test: the first prompt, then, only when its answer is the model's text and no
 * {@code reject} pattern matches it, the second prompt; then the two answers compared.
 */
final class SmokeRun {

    /** What the gate can read; the app picks. A header of the checklist's own wins. */
    static final String ACCEPT = "application/json, text/event-stream";

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpSmokeOptions options;
    private final Target.Resolution.Ready ready;
    private final TargetOutcomes outcomes;
    private final CheckContext context;
    private final HttpExchange exchange;
    private final FallbackVerdict fallbacks;
    private boolean secondSent;
    private Duration latency = Duration.ZERO;

    SmokeRun(HttpSmokeOptions options, Target.Resolution.Ready ready, TargetOutcomes outcomes, CheckContext context) {
        this.options = options;
        this.ready = ready;
        this.outcomes = outcomes;
        this.context = context;
        this.exchange = new HttpExchange(context.network().client(), options.requestTimeout());
        this.fallbacks = new FallbackVerdict(options.reject());
    }

    /** The gate's outcome, its details naming each request sent. */
    Outcome outcome() {
        Sample sample = sample();
        return sample.outcome().withDetails(String.join("\n", sample.requests()));
    }

    /**
     * This run as one sample of a watch: the outcome, the time its requests took (both, when the second
     * was sent), and the details lines naming each request sent.
     */
    Sample sample() {
        Outcome outcome = judged();
        List<String> sent = new ArrayList<>(List.of(outcomes.sent(ready.url(), outcome).details()));
        if (secondSent) {
            sent.add("request: POST " + ready.url() + " (second prompt)");
        }
        return new Sample(outcome, latency, sent);
    }

    private Outcome judged() {
        SmokeRequest first = new SmokeRequest(ready.url(), options.target(), false);
        SmokeAnswer answer = ask(options.body(), first);
        if (answer instanceof SmokeAnswer.Failed failed) {
            return failed.outcome();
        }
        SmokeAnswer.Text text = (SmokeAnswer.Text) answer;
        Optional<Outcome> rejected = fallbacks.rejected(text, first);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        SecondRequest prompts = options.secondRequest();
        SmokeRequest second = new SmokeRequest(ready.url(), options.target(), true);
        secondSent = true;
        SmokeAnswer other = ask(prompts.body(), second);
        if (other instanceof SmokeAnswer.Failed failed) {
            return failed.outcome();
        }
        SmokeAnswer.Text otherText = (SmokeAnswer.Text) other;
        return fallbacks.rejected(otherText, second).orElseGet(() -> fallbacks.compared(text, otherText, prompts, first));
    }

    /** Sends one request and reads the model's text from its answer, as JSON or as a stream. */
    private SmokeAnswer ask(String body, SmokeRequest which) {
        Request.Builder request = ready.request().post(RequestBody.create(body, JSON));
        if (ready.headers().stream().noneMatch(header -> header.name().equalsIgnoreCase("Accept"))) {
            request.header("Accept", ACCEPT);
        }
        HttpReply reply = exchange.stream(request.build(), HttpSmokeCheck.MAX_BODY_BYTES, new EventStreamEnd(),
                ready.redaction(), context.cancellation());
        latency = latency.plus(reply.latency());
        if (reply instanceof HttpReply.Answered answered && answered.interrupted().isPresent()
                && !EventStream.isEventStream(answered.header("Content-Type"))) {
            reply = new HttpReply.NoAnswer(answered.interrupted().get(), answered.latency(), "the body broke off after "
                    + answered.body().length() + " characters");
        }
        if (reply instanceof HttpReply.NoAnswer none) {
            return new SmokeAnswer.Failed(which.named(outcomes.unreachable(none, which.target(), ready.url(),
                    options.requestTimeout())));
        }
        return new SmokeVerdict(options, which, ready.redaction()).read((HttpReply.Answered) reply);
    }
}
