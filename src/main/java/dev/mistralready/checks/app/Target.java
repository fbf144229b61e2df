package dev.mistralready.checks.app;

import dev.mistralready.check.Secret;
import dev.mistralready.http.Redaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * Where a gate's request goes and what it carries, as its options say it: the URL itself or the
 * environment variable that holds it, and the headers, whose values may refer to variables.
 *
 * @param url     the address from {@code url}
 * @param urlEnv  the variable from {@code url-env}; exactly one of the two is present
 */
record Target(Optional<ServiceUrl> url, Optional<String> urlEnv, HeaderTemplates headers) {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    Target {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(urlEnv, "urlEnv");
        Objects.requireNonNull(headers, "headers");
    }

    /**
     * Checks the options as a checklist gives them.
     *
     * @param exampleUrl the address a message suggests for {@code url}
     * @param exampleEnv the variable name a message suggests for {@code url-env}
     * @throws IllegalArgumentException naming the valid options when both or neither are set
     */
    static Target of(ServiceUrl url, String urlEnv, HeaderTemplates headers, String exampleUrl, String exampleEnv) {
        if (url != null && urlEnv != null) {
            throw new IllegalArgumentException("set either `url` (the address itself) or `url-env` (the environment "
                    + "variable that holds it), not both");
        }
        if (url == null && urlEnv == null) {
            throw new IllegalArgumentException("needs `url` (the address, such as " + exampleUrl + ") or "
                    + "`url-env` (the environment variable that holds it, such as " + exampleEnv + ")");
        }
        if (urlEnv != null && !VARIABLE_NAME.matcher(urlEnv.trim()).matches()) {
            throw new IllegalArgumentException("`url-env` must name an environment variable (letters, digits and `_`, "
                    + "such as " + exampleEnv + "), not `" + urlEnv + "`");
        }
        return new Target(Optional.ofNullable(url), Optional.ofNullable(urlEnv).map(String::trim),
                headers == null ? HeaderTemplates.NONE : headers);
    }

    /** How messages name the setting that holds the URL: {@code `url`} or the variable. */
    String urlSetting() {
        return urlEnv.orElse("`url`");
    }

    /** The URL and the headers, with every variable read from {@code environment}. */
    Resolution resolve(Map<String, String> environment) {
        ServiceUrl address;
        List<Secret> secrets = new ArrayList<>();
        if (urlEnv.isPresent()) {
            String variable = urlEnv.get();
            String value = environment.getOrDefault(variable, "").strip();
            if (value.isEmpty()) {
                return new Resolution.Missing(variable, environment.containsKey(variable), Optional.empty());
            }
            try {
                address = ServiceUrl.parse(value);
            } catch (ServiceUrl.InvalidUrl e) {
                return new Resolution.Unusable(variable, variable + " " + e.reason(),
                        "Set " + variable + " to the endpoint's full address, starting with https:// or http://.");
            }
        } else {
            address = url.orElseThrow();
        }
        address.query().map(Secret::of).ifPresent(secrets::add);
        Map<String, String> values = new HashMap<>();
        for (String variable : headers.variables()) {
            String value = environment.getOrDefault(variable, "").strip();
            if (value.isEmpty()) {
                return new Resolution.Missing(variable, environment.containsKey(variable),
                        Optional.of(headers.userOf(variable)));
            }
            Optional<Integer> unsendable = HeaderValue.firstUnsendable(value);
            if (unsendable.isPresent()) {
                return new Resolution.Unusable(variable, variable + " contains a control or non-ASCII character (at "
                        + "position " + unsendable.get() + "), which cannot be sent in an HTTP header",
                        "Set " + variable + " to the value alone, without line breaks or other invisible characters.");
            }
            values.put(variable, value);
            secrets.add(Secret.of(value));
        }
        List<HeaderValue> sent = headers.expand(values);
        sent.forEach(header -> secrets.add(header.value()));
        return new Resolution.Ready(address, sent, Redaction.of(secrets));
    }

    /** What reading the environment came to. */
    sealed interface Resolution {

        /** Everything is known; {@code redaction} holds every header value, variable value and the URL's query. */
        record Ready(ServiceUrl url, List<HeaderValue> headers, Redaction redaction) implements Resolution {
            public Ready {
                headers = List.copyOf(headers);
            }

            /** A request to the URL that asks for JSON and carries the headers. */
            Request.Builder request() {
                Request.Builder request = new Request.Builder().url(url.target()).header("Accept", "application/json");
                headers.forEach(header -> request.header(header.name(), header.value().reveal()));
                return request;
            }
        }

        /**
         * A variable is not set, or only to whitespace.
         *
         * @param header the header that uses it; empty when it holds the URL
         */
        record Missing(String variable, boolean empty, Optional<String> header) implements Resolution {
        }

        /** A variable's value cannot be used: {@code problem} says why without repeating it. */
        record Unusable(String variable, String problem, String fix) implements Resolution {
        }
    }
}
