package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.List;
import java.util.Objects;

/**
 * One request to Mistral found in the code: {@code client.chat.complete({...})} and kin, and the
 * official SDKs' other model endpoints ({@code fim}, {@code agents}, conversations, embeddings,
 * OCR, moderation, transcription). {@code endpoint} says which request parameters apply.
 *
 * @param callee         the call as written, {@code client.chat.complete}
 * @param at             where the call starts
 * @param optionsVisible whether the file shows the request's options (an object literal, a
 *                       variable or builder of this file); if not, only what is visible is checked
 * @param rejected       parameters set on the call that Mistral rejects ({@code max_completion_tokens}
 *                       or {@code store} through an OpenAI client), where each is written
 * @param renamed        parameters set under a deprecated name, where each is written
 */
record ChatCall(Sdk sdk, String callee, Location at, Parameter model, Parameter maxTokens, Parameter temperature,
                boolean optionsVisible, boolean otherMaxTokensSpelling, List<Rejected> rejected, Endpoint endpoint,
                List<Renamed> renamed) {

    /** A parameter Mistral answers with 422, and where it is set. */
    record Rejected(String name, Location at) {
        Rejected {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A parameter set under a name the SDK deprecated, the name that replaces it, and where it is set. */
    record Renamed(String name, String replacement, Location at) {
        Renamed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(replacement, "replacement");
            Objects.requireNonNull(at, "at");
        }
    }

    ChatCall(Sdk sdk, String callee, Location at, Parameter model, Parameter maxTokens, Parameter temperature,
             boolean optionsVisible, boolean otherMaxTokensSpelling) {
        this(sdk, callee, at, model, maxTokens, temperature, optionsVisible, otherMaxTokensSpelling, List.of());
    }

    ChatCall(Sdk sdk, String callee, Location at, Parameter model, Parameter maxTokens, Parameter temperature,
             boolean optionsVisible, boolean otherMaxTokensSpelling, List<Rejected> rejected) {
        this(sdk, callee, at, model, maxTokens, temperature, optionsVisible, otherMaxTokensSpelling, rejected,
                Endpoint.CHAT, List.of());
    }

    ChatCall {
        Objects.requireNonNull(sdk, "sdk");
        Objects.requireNonNull(callee, "callee");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(temperature, "temperature");
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(endpoint, "endpoint");
        renamed = List.copyOf(renamed);
    }

    /** This call as reaching {@code other}, which decides the parameters that apply. */
    ChatCall on(Endpoint other) {
        return new ChatCall(sdk, callee, at, model, maxTokens, temperature, optionsVisible, otherMaxTokensSpelling,
                rejected, other, renamed);
    }

    String file() {
        return at.file();
    }

    /** {@code `client.chat.complete` (line 12)}. */
    String describe() {
        return "`" + callee + "` (line " + at.line() + ")";
    }
}
