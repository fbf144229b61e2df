package dev.mistralready.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mistralready.check.Quoted;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The address of an endpoint of the deployed app: {@code http://} or {@code https://}, with a host,
 * without a user name or password (those belong in {@code headers}, where they are redacted).
 * Reports show it without its query, which may carry a token.
 *
 * <p>Validated with {@link URI} so that reading a checklist does not load the HTTP stack.
 */
public record ServiceUrl(URI uri) {

    static final String EXAMPLE = "https://app.example.com/health";

    public ServiceUrl {
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * Reads a URL as written in checklist.yaml.
     *
     * @throws InvalidUrl with a message for the person who wrote it
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ServiceUrl parse(String text) {
        String trimmed = text.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidUrl(text, "is not a URL; expected an address such as " + EXAMPLE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidUrl(text, "is not an http:// or https:// URL; expected an address such as " + EXAMPLE);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidUrl(text, "names no host; expected an address such as " + EXAMPLE);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrl(text, "carries a user name or password, which reports would show; send credentials "
                    + "in `headers` instead, e.g. Authorization: \"Basic ${APP_CREDENTIALS}\"", true);
        }
        return new ServiceUrl(uri);
    }

    /** {@code https} or {@code http}, in lower case. */
    public String scheme() {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }

    /** The host, as DNS is asked for it. */
    public String host() {
        return uri.getHost();
    }

    /** The query as sent, which may carry a token: it is never shown. */
    public Optional<String> query() {
        return Optional.ofNullable(uri.getRawQuery()).filter(query -> !query.isEmpty());
    }

    /** The URL to send the request to, without the fragment (which is never sent). */
    public String target() {
        String text = uri.toString();
        int fragment = text.indexOf('#');
        return fragment < 0 ? text : text.substring(0, fragment);
    }

    /** {@code https://app.example.com/health}, with {@code ?…} in place of a query. */
    public String shownAs() {
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return scheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path
                + (query().isPresent() ? "?…" : "");
    }

    @Override
    public String toString() {
        return shownAs();
    }

    /** A URL that cannot be used; {@link #reason()} says why without repeating the text (which may be secret). */
    static final class InvalidUrl extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final boolean credentials;

        InvalidUrl(String text, String reason) {
            this(text, reason, false);
        }

        InvalidUrl(String text, String reason, boolean credentials) {
            super("`" + Quoted.url(text) + "` " + reason);
            this.reason = reason;
            this.credentials = credentials;
        }

        String reason() {
            return reason;
        }

        /** Whether the URL is refused for its user name or password, not for its form. */
        boolean carriesCredentials() {
            return credentials;
        }
    }
}
