package dev.mistralready.http;

import dev.mistralready.check.PlatformSecrets;
import dev.mistralready.check.Quoted;
import dev.mistralready.check.Secret;
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
 * environment variable that holds it, and the headers, whose values may refer to the variables
 * {@code header-env} declares.
 *
 * <p>Values read from the environment are secrets, and so is the query of a URL read from it: they go
 * only over https, or over plain http to this machine ({@link LoopbackHost}).
 *
 * @param url       the address from {@code url}
 * @param urlEnv    the variable from {@code url-env}; exactly one of the two is present
 * @param headerEnv the variables the headers may use; every one they use is declared
 * @throws IllegalArgumentException when a header uses a variable {@code header-env} does not declare,
 *                                  or would carry one in clear to the literal {@code url}
 */
public record Target(Optional<ServiceUrl> url, Optional<String> urlEnv, HeaderTemplates headers, HeaderEnvironment headerEnv) {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Target {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(urlEnv, "urlEnv");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(headerEnv, "headerEnv");
        for (String variable : headers.variables()) {
            if (headerEnv.declares(variable)) {
                continue;
            }
            String header = "header `" + headers.userOf(variable) + "` uses ${" + variable + "}";
            Optional<PlatformSecrets.Entry> secret = PlatformSecrets.covering(variable);
            if (secret.isPresent()) {
                throw new IllegalArgumentException(header + ", which holds " + secret.get().holds() + " and must never "
                        + "be sent to the app; use a token made for the app instead, declared in `header-env`");
            }
            throw new IllegalArgumentException(header + ", which `header-env` does not declare; add " + variable
                    + " to `header-env` (the variables this gate may send to the app)");
        }
        for (String declared : headerEnv.names()) {
            if (!headers.variables().contains(declared)) {
                throw new IllegalArgumentException("`header-env` declares " + declared + ", which no header uses; "
                        + "write ${" + declared + "} in a header's value, or remove it from `header-env`");
            }
        }
        Optional<String> carrier = headerSecret(headers);
        if (url.isPresent() && inClear(url.get()) && carrier.isPresent()) {
            throw new IllegalArgumentException("`url` is plain http:// to " + url.get().host() + ", which is not this "
                    + "machine, so " + carrier.get() + " would travel in clear; use the https:// address (plain http "
                    + "is only for loopback: " + LoopbackHost.DESCRIBED + ")");
        }
    }

    /**
     * Checks the options as a checklist gives them.
     *
     * @param exampleUrl the address a message suggests for {@code url}
     * @param exampleEnv the variable name a message suggests for {@code url-env}
     * @throws IllegalArgumentException naming the valid options when both or neither are set
     */
    public static Target of(ServiceUrl url, String urlEnv, HeaderTemplates headers, HeaderEnvironment headerEnv,
                     String exampleUrl, String exampleEnv) {
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
                    + "such as " + exampleEnv + "), not `" + Quoted.excerpt(urlEnv) + "`");
        }
        return new Target(Optional.ofNullable(url), Optional.ofNullable(urlEnv).map(String::trim),
                headers == null ? HeaderTemplates.NONE : headers, headerEnv == null ? HeaderEnvironment.NONE : headerEnv);
    }

    /** Plain http to a host that is not this machine: whatever is sent can be read on the way. */
    private static boolean inClear(ServiceUrl address) {
        return address.scheme().equals("http") && !LoopbackHost.is(address.host());
    }

    /** The first header that carries a variable, as messages name it. */
    private static Optional<String> headerSecret(HeaderTemplates headers) {
        return headers.variables().stream().findFirst()
                .map(variable -> "header `" + headers.userOf(variable) + "` (with ${" + variable + "})");
    }

    /** How messages name the setting that holds the URL: {@code `url`} or the variable. */
    public String urlSetting() {
        return urlEnv.orElse("`url`");
    }

    /** The URL and the headers, with every variable read from {@code environment}. */
    public Resolution resolve(Map<String, String> environment) {
        ServiceUrl address;
        List<Secret> secrets = new ArrayList<>();
        if (urlEnv.isPresent()) {
            String variable = urlEnv.get();
            String value = environment.getOrDefault(variable, "").strip();
            if (value.isEmpty()) {
                return new Resolution.Missing(variable, environment.containsKey(variable), Optional.empty(),
                        Optional.empty());
            }
            try {
                address = ServiceUrl.parse(value);
            } catch (ServiceUrl.InvalidUrl e) {
                String fix = e.carriesCredentials()
                        ? "Set " + variable + " to the endpoint's address without the user name and password, and send "
                                + "the credentials in `headers` (from a variable `header-env` declares)."
                        : "Set " + variable + " to the endpoint's full address, starting with https:// or http://.";
                return new Resolution.Unusable(variable, variable + " " + e.reason(), fix, Optional.empty());
            }
            if (inClear(address)) {
                Optional<String> carrier = headerSecret(headers).or(() -> address.query().map(query -> "its query"));
                if (carrier.isPresent()) {
                    return new Resolution.InClear(variable, address, carrier.get());
                }
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
                        Optional.of(headers.userOf(variable)), Optional.of(address));
            }
            Optional<Integer> unsendable = HeaderValue.firstUnsendable(value);
            if (unsendable.isPresent()) {
                return new Resolution.Unusable(variable, variable + " contains a control or non-ASCII character (at "
                        + "position " + unsendable.get() + "), which cannot be sent in an HTTP header",
                        "Set " + variable + " to the value alone, without line breaks or other invisible characters.",
                        Optional.of(address));
            }
            values.put(variable, value);
            secrets.add(Secret.of(value));
        }
        List<HeaderValue> sent = headers.expand(values);
        sent.forEach(header -> secrets.add(header.value()));
        return new Resolution.Ready(address, sent, Redaction.of(secrets));
    }

    /** What reading the environment came to. */
    public sealed interface Resolution {

        /** Everything is known; {@code redaction} holds every header value, variable value and the URL's query. */
        record Ready(ServiceUrl url, List<HeaderValue> headers, Redaction redaction) implements Resolution {
            public Ready {
                headers = List.copyOf(headers);
            }

            /** A request to the URL that asks for JSON and carries the headers. */
            public Request.Builder request() {
                Request.Builder request = new Request.Builder().url(url.target()).header("Accept", "application/json");
                headers.forEach(header -> request.header(header.name(), header.value().reveal()));
                return request;
            }
        }

        /**
         * A variable is not set, or only to whitespace.
         *
         * @param header the header that uses it; empty when it holds the URL
         * @param url    where the request would have gone; empty when the variable holds the URL
         */
        record Missing(String variable, boolean empty, Optional<String> header, Optional<ServiceUrl> url)
                implements Resolution {
        }

        /**
         * A variable's value cannot be used: {@code problem} says why without repeating it.
         *
         * @param url where the request would have gone; empty when the variable holds the URL
         */
        record Unusable(String variable, String problem, String fix, Optional<ServiceUrl> url) implements Resolution {
        }

        /**
         * The URL in {@code variable} is plain http to a host that is not this machine, and the request
         * would carry a secret there: {@code carrier} names it ({@code header `Authorization` (with
         * ${APP_TOKEN})}, {@code its query}).
         */
        record InClear(String variable, ServiceUrl url, String carrier) implements Resolution {
        }
    }
}
