package dev.mistralready.checks.app;

import dev.mistralready.check.DurationText;
import dev.mistralready.http.ConnectionFailure;
import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;
import dev.mistralready.http.Redaction;
import java.util.List;
import java.util.Optional;

/**
 * Reads the model's text from a {@code text/event-stream} answer: the stream must end (or its connection
 * close) within {@code request-timeout} and {@value HttpSmokeCheck#MAX_BODY_BYTES} bytes, report no error,
 * and carry text ({@link StreamedText}).
 */
final class StreamVerdict {

    private final HttpSmokeOptions options;
    private final SmokeRequest request;
    private final Redaction redaction;

    StreamVerdict(HttpSmokeOptions options, SmokeRequest request, Redaction redaction) {
        this.options = options;
        this.request = request;
        this.redaction = redaction;
    }

    SmokeAnswer read(HttpReply.Answered answer) {
        String at = request.at(answer.code(), answer.latency());
        String posted = request.posted(answer.code()) + " as a stream";
        List<EventStream.Event> events = EventStream.parse(answer.body());
        StreamedText streamed = StreamedText.of(events, options.expectPointer());
        String text = redaction.scrub(streamed.text());
        String sofar = text.isBlank() ? "; no text had come" : "; the text so far: \"" + SmokeRequest.shown(text) + "\"";
        Optional<ConnectionFailure> interrupted = answer.interrupted().filter(failure -> !streamed.ended());
        if (interrupted.isPresent()) {
            String why = interrupted.get() == ConnectionFailure.TIMEOUT
                    ? "did not end within `request-timeout` (" + DurationText.format(options.requestTimeout()) + ")"
                    : "broke off (" + interrupted.get().description() + ")";
            return failed("stream incomplete (" + at + ")", SmokeRules.INCOMPLETE_STREAM, posted + ", but the stream "
                    + why + sofar, "Check that the app ends its stream (Mistral's ends with data: [DONE]) and closes it; "
                    + "raise `request-timeout` if the model is only slow.");
        }
        if (answer.truncated() && !streamed.ended()) {
            return failed("stream incomplete (" + at + ")", SmokeRules.INCOMPLETE_STREAM, posted + ", but the stream "
                    + "had not ended after " + HttpSmokeCheck.MAX_BODY_BYTES / 1024 + " KiB" + sofar,
                    "A smoke answer is short: check the app's max_tokens, and that it ends its stream (data: [DONE]).");
        }
        if (streamed.error().isPresent()) {
            return failed("stream error (" + at + ")", SmokeRules.STREAM_ERROR, posted + ", but the stream reported an "
                            + "error: \"" + Excerpt.of(redaction.scrub(streamed.error().get())) + "\"" + sofar,
                    "The app started answering, then failed: read its logs for the Mistral error behind it (a timeout, "
                            + "a rate limit, the key).");
        }
        if (streamed.dataEvents() == 0 && text.isEmpty()) {
            return failed("empty answer (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but the stream carried no "
                    + "data" + BodyExcerpt.of(answer), SmokeVerdict.EMPTY_FIX);
        }
        if (text.isEmpty()) {
            String pointer = options.expectPointer().equals(AnswerPointer.CHAT_COMPLETION)
                    ? "/choices/0/delta/content (nor anywhere else a chat stream keeps it)"
                    : options.expectPointer().text();
            return failed("no answer in the stream (" + at + ")", SmokeRules.NO_ANSWER, posted + ", but none of its "
                            + streamed.dataEvents() + " data events has text at " + pointer + BodyExcerpt.of(answer),
                    "Check the endpoint's stream, or set `expect-pointer` to where each event's data keeps the text "
                            + "(a JSON pointer such as /delta/text).");
        }
        if (text.isBlank()) {
            return failed("empty answer (" + at + ")", SmokeRules.EMPTY_ANSWER, posted + ", but its text is only "
                    + "whitespace", SmokeVerdict.EMPTY_FIX);
        }
        return new SmokeAnswer.Text(text, answer.code(), answer.latency(), true);
    }

    private SmokeAnswer failed(String summary, String rule, String message, String fix) {
        return new SmokeAnswer.Failed(request.fail(summary, rule, message, fix));
    }
}
