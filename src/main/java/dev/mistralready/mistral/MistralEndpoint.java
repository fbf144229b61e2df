package dev.mistralready.mistral;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mistralready.check.Quoted;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A base URL that a Mistral API key may be sent to: HTTPS to {@code mistral.ai} or one of its
 * subdomains (the global {@code api.mistral.ai}, the regional {@code api.eu.mistral.ai} and
 * {@code api.us.mistral.ai}), or HTTP(S) to this machine's loopback interface, where tests and local
 * stand-ins listen. Anything else is refused when the checklist is read, before any request, so a
 * checklist cannot send a key in clear text or to someone else's server.
 *
 * <p>Validated with {@link URI} so that reading a checklist does not load the HTTP stack; the
 * request URL is then built from these parts, never by re-parsing the text.
 *
 * @param scheme     {@code https} or {@code http}
 * @param host       lower case; an IPv6 address without brackets
 * @param port       the explicit port, or -1 for the scheme's default
 * @param pathPrefix a path before {@code /v1}, without a trailing slash; usually empty
 */
public record MistralEndpoint(String scheme, String host, int port, String pathPrefix) {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    /** The global API. */
    public static final MistralEndpoint GLOBAL = new MistralEndpoint("https", "api.mistral.ai", -1, "");

    /** Where the key may go, for messages. */
    public static final String ALLOWED = "https:// to api.mistral.ai, api.eu.mistral.ai, api.us.mistral.ai "
            + "(or another *.mistral.ai host), or http(s):// to localhost, 127.0.0.1 or [::1]";

    public MistralEndpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(host))) {
            throw new IllegalArgumentException("scheme " + scheme + " is not allowed for " + host);
        }
        if (!isLoopback(host) && !isMistral(host)) {
            throw new IllegalArgumentException(host + " is not a Mistral API host");
        }
    }

    /**
     * Reads a base URL as written in checklist.yaml: {@code https://api.mistral.ai}, with or
     * without a trailing {@code /} or {@code /v1}.
     *
     * @throws IllegalArgumentException with a message for the person who wrote it
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MistralEndpoint parse(String text) {
        String trimmed = text.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` is not a URL; expected a base URL such as https://api.mistral.ai");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` is not an https:// URL; expected a base URL such as "
                    + "https://api.mistral.ai");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` must be a plain base URL such as https://api.mistral.ai, "
                    + "without a user name, query or fragment");
        }
        String host = hostOf(uri);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` names no host; expected a base URL such as https://api.mistral.ai");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` would send the API key unencrypted; use https:// "
                    + "(plain http:// is allowed only to localhost, 127.0.0.1 or [::1])");
        }
        if (!isLoopback(host) && !isMistral(host)) {
            throw new IllegalArgumentException("`" + Quoted.url(text) + "` is not a Mistral API host, and the API key is sent only to "
                    + ALLOWED);
        }
        return new MistralEndpoint(scheme, host, uri.getPort(), prefixOf(uri.getRawPath()));
    }

    /** Whether the key would stay on this machine. */
    public boolean loopback() {
        return isLoopback(host);
    }

    /** {@code https://api.mistral.ai}, as reports show it. */
    public String shownAs() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + shownHost + (port == -1 ? "" : ":" + port) + pathPrefix;
    }

    @Override
    public String toString() {
        return shownAs();
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "";
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The path before {@code /v1}: {@code ""}, {@code /}, {@code /v1} and {@code /v1/} all mean the root. */
    private static String prefixOf(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/v1")) {
            path = path.substring(0, path.length() - "/v1".length());
        }
        return path;
    }

    private static boolean isLoopback(String host) {
        return LOOPBACK.contains(host);
    }

    private static boolean isMistral(String host) {
        return host.equals("mistral.ai") || host.endsWith(".mistral.ai");
    }
}
