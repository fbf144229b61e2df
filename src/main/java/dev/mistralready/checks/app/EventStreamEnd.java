package dev.mistralready.checks.app;

import dev.mistralready.http.BodyEnd;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a chat stream ends before its connection closes: at a {@code data: [DONE]} line (Mistral's and
 * OpenAI's end), or an {@code event: end} line (LangServe's). Only for a {@code text/event-stream}
 * answer; any other body is read to its close. Scans each line once; one instance per request.
 */
final class EventStreamEnd implements BodyEnd {

    /** No line longer than this can be an end line; longer ones are not decoded. */
    private static final int MAX_END_LINE = 32;

    private static final Pattern END = Pattern.compile("(data: ?\\[DONE]|event: ?end)\\s*");

    /** Where the line being read starts, and how far it has been looked at. */
    private int lineStart;
    private int scanned;

    @Override
    public boolean reachedIn(String contentType, byte[] body, int length) {
        if (!EventStream.isEventStream(Optional.of(contentType))) {
            return false;
        }
        for (; scanned < length; scanned++) {
            if (body[scanned] == '\n' || body[scanned] == '\r') {
                int end = scanned;
                int start = lineStart;
                lineStart = scanned + 1;
                if (end - start <= MAX_END_LINE
                        && END.matcher(new String(body, start, end - start, StandardCharsets.UTF_8)).matches()) {
                    scanned++;
                    return true;
                }
            }
        }
        return false;
    }
}
