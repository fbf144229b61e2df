package dev.mistralready.checks.app;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Quoted;
import dev.mistralready.http.Excerpt;
import java.util.Optional;

/**
 * Whether the app's answers are the model's or a canned fallback: an answer that matches a
 * {@code reject} pattern is a fallback, and so are two answers with the same text to two different
 * prompts. Passes with the start of both answers.
 */
final class FallbackVerdict {

    private static final String FALLBACK_FIX = "The app answers with a fallback instead of the model: read its logs "
            + "for the Mistral error behind it (the key, a rate limit, an outage), and see what its health endpoint says.";

    private final RejectPatterns reject;

    FallbackVerdict(RejectPatterns reject) {
        this.reject = reject;
    }

    /** The failure of an answer that matches a {@code reject} pattern; empty when none matches. */
    Optional<Outcome> rejected(SmokeAnswer.Text answer, SmokeRequest request) {
        Optional<String> pattern;
        try {
            pattern = reject.firstIn(answer.text());
        } catch (RejectPatterns.TooSlow e) {
            return Optional.of(request.named(Outcome.error("`reject` pattern `" + Quoted.excerpt(e.pattern()) + "` took "
                    + "more than " + RejectPatterns.MAX_STEPS + " steps on the answer, so nothing was decided; simplify "
                    + "the pattern")));
        }
        return pattern.map(matched -> request.fail("fallback answer (" + request.at(answer.code(), answer.latency()) + ")",
                SmokeRules.REJECTED, request.posted(answer.code()) + ", but the answer matches `reject` pattern `"
                        + Quoted.excerpt(matched) + "`: \"" + Excerpt.of(answer.text()) + "\"", FALLBACK_FIX));
    }

    /** The outcome of two answers that passed alone: the same text to both prompts fails. */
    Outcome compared(SmokeAnswer.Text first, SmokeAnswer.Text second, SecondRequest prompts, SmokeRequest request) {
        String at = request.at(first.code(), first.latency());
        if (SecondRequest.same(first.text(), second.text())) {
            return request.fail("the same answer to two prompts (" + at + ")", SmokeRules.CANNED, "POST " + request.url()
                            + " answered two different prompts (\"" + Quoted.excerpt(prompts.firstPrompt()) + "\" and \""
                            + Quoted.excerpt(prompts.secondPrompt()) + "\") with the same text, a canned fallback rather "
                            + "than the model: \"" + Excerpt.of(first.text()) + "\"", FALLBACK_FIX);
        }
        return Outcome.pass((first.streamed() ? "streamed" : "answered") + " (" + at + "): \""
                + SmokeRequest.shown(first.text()) + "\"; second prompt: \"" + SmokeRequest.shown(second.text()) + "\"");
    }
}
