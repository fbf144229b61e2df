package dev.mistralready.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one request came to: an HTTP answer of any status (redirects are never followed), or none.
 * Every text in it has already had the request's secrets scrubbed.
 */
public sealed interface HttpReply {

    /**
     * For an answer, from sending the request to the last byte of the response, without connection
     * set-up; without one, from the start of the call to the failure.
     */
    Duration latency();

    /**
     * An HTTP answer.
     *
     * @param headers   as sent, in order, values scrubbed
     * @param body      the body as UTF-8 text, scrubbed; only its start when {@code truncated}
     * @param truncated   the body was longer than the exchange reads
     * @param interrupted for a streamed body only: why it stopped coming before its end (the time limit, a
     *                    broken connection); {@code body} is then what came until then
     */
    record Answered(int code, List<Map.Entry<String, String>> headers, String body, boolean truncated, Duration latency,
                    Optional<ConnectionFailure> interrupted) implements HttpReply {
        public Answered {
            headers = List.copyOf(headers);
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(interrupted, "interrupted");
        }

        /** An answer read to its end, or to the limit. */
        public Answered(int code, List<Map.Entry<String, String>> headers, String body, boolean truncated,
                        Duration latency) {
            this(code, headers, body, truncated, latency, Optional.empty());
        }

        /** 2xx. */
        public boolean successful() {
            return code >= 200 && code < 300;
        }

        /** The first value of the header {@code name}, compared without case. */
        public Optional<String> header(String name) {
            return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /** No HTTP answer. {@code detail} is the underlying error's message, scrubbed. */
    record NoAnswer(ConnectionFailure failure, Duration latency, String detail) implements HttpReply {
        public NoAnswer {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
