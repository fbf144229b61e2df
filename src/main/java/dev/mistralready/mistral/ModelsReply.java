package dev.mistralready.mistral;

import dev.mistralready.http.ConnectionFailure;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /v1/models} came to: a model list, another HTTP status, a 2xx that is not a
 * model list, or no HTTP answer at all. Nothing here contains the key.
 */
public sealed interface ModelsReply {

    /**
     * For an answer, from sending the request to the end of the response, without connection set-up;
     * without one, from the start of the call to the failure.
     */
    Duration latency();

    /**
     * 2xx with a {@code data} list.
     *
     * @param modelIds every {@code id} and every alias the key can see, in the order listed, without repeats
     * @param entries  how many entries {@code data} had
     */
    record Listed(Duration latency, List<String> modelIds, int entries, RateLimits rateLimits) implements ModelsReply {
        public Listed {
            Objects.requireNonNull(latency, "latency");
            modelIds = List.copyOf(modelIds);
            Objects.requireNonNull(rateLimits, "rateLimits");
        }
    }

    /**
     * Any status other than 2xx, including redirects, which are never followed.
     *
     * @param message  the API's error message from the body, whatever its shape
     * @param location where a redirect pointed
     */
    record OtherStatus(int code, Duration latency, Optional<String> message, RateLimits rateLimits,
                  Optional<String> location) implements ModelsReply {
        public OtherStatus {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(location, "location");
        }
    }

    /** 2xx whose body is not a model list: not JSON, no {@code data} list, or too large. */
    record Malformed(int code, Duration latency, String problem) implements ModelsReply {
        public Malformed {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** No HTTP answer. {@code detail} is the underlying error's message, with the key scrubbed. */
    record Unreachable(ConnectionFailure failure, Duration latency, String detail) implements ModelsReply {
        public Unreachable {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
