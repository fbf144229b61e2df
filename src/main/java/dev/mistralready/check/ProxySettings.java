package dev.mistralready.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proxies of a run, read from its environment as curl reads them: {@code https_proxy} or
 * {@code HTTPS_PROXY} for https URLs, {@code http_proxy} or {@code HTTP_PROXY} for http URLs,
 * {@code all_proxy} or {@code ALL_PROXY} for either when the scheme's own is unset, and
 * {@code no_proxy} or {@code NO_PROXY} for the hosts reached directly; the lower-case name wins
 * when both are set, and an empty value counts as unset.
 *
 * <p>One rule is stricter than curl's: this machine's loopback ({@code localhost}, 127.0.0.0/8,
 * {@code ::1}) is never proxied, whatever {@code NO_PROXY} says, because plain http is allowed only
 * to loopback and may carry the Mistral key or an app token, which a proxy would then read in clear.
 * https always goes through a CONNECT tunnel, so a proxy sees only the host and port.
 */
public final class ProxySettings {

    /** No proxy variable is set. */
    public static final ProxySettings NONE = new ProxySettings(Optional.empty(), Optional.empty(), NoProxyList.EMPTY);

    /** curl's default port for a proxy URL without one. */
    static final int DEFAULT_PORT = 1080;

    private static final Pattern PROXY_URL = Pattern.compile(
            "(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?:(?<userinfo>[^@/?#]*)@)?(?<host>\\[[^\\]/]*\\]|[^:/?#\\[\\]@]+)"
                    + "(?::(?<port>[^/?#]*))?/?");

    private final Optional<ProxyServer> https;
    private final Optional<ProxyServer> http;
    private final NoProxyList direct;

    private ProxySettings(Optional<ProxyServer> https, Optional<ProxyServer> http, NoProxyList direct) {
        this.https = https;
        this.http = http;
        this.direct = direct;
    }

    /**
     * @throws IllegalArgumentException when a variable cannot be read; the message names it, quotes
     *                                  its value without credentials and says what would be valid
     */
    public static ProxySettings from(Map<String, String> environment) {
        Optional<ProxyServer> all = server(environment, "all_proxy", "ALL_PROXY");
        Optional<ProxyServer> https = server(environment, "https_proxy", "HTTPS_PROXY").or(() -> all);
        Optional<ProxyServer> http = server(environment, "http_proxy", "HTTP_PROXY").or(() -> all);
        NoProxyList direct = variable(environment, "no_proxy", "NO_PROXY")
                .map(name -> NoProxyList.parse(name, environment.get(name))).orElse(NoProxyList.EMPTY);
        return new ProxySettings(https, http, direct);
    }

    /** True when no proxy is set: requests go as the JVM's own settings send them. */
    public boolean isEmpty() {
        return https.isEmpty() && http.isEmpty();
    }

    /**
     * The proxy a request to {@code scheme://host:port} goes through, or empty to go directly.
     *
     * @param host as a URL gives it (IPv6 in brackets or not)
     */
    public Optional<ProxyServer> proxyFor(String scheme, String host, int port) {
        Optional<ProxyServer> server = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "https" -> https;
            case "http" -> http;
            default -> Optional.empty();
        };
        if (server.isEmpty() || isLoopback(host) || direct.matches(host, port)) {
            return Optional.empty();
        }
        return server;
    }

    /** The credentials of every proxy, to be scrubbed from whatever an answer or an error shows. */
    public List<Secret> secrets() {
        return java.util.stream.Stream.of(https, http).flatMap(Optional::stream).distinct()
                .flatMap(server -> server.secrets().stream()).toList();
    }

    private static Optional<String> variable(Map<String, String> environment, String lower, String upper) {
        for (String name : List.of(lower, upper)) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProxyServer> server(Map<String, String> environment, String lower, String upper) {
        return variable(environment, lower, upper).map(name -> parse(name, environment.get(name).strip()));
    }

    static ProxyServer parse(String variable, String value) {
        Matcher url = PROXY_URL.matcher(value);
        if (!url.matches()) {
            throw unusable(variable, value, "it is not a proxy URL");
        }
        String scheme = Optional.ofNullable(url.group("scheme")).orElse("http").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw unusable(variable, value, "`" + scheme + "://` proxies are not supported, only http:// (https "
                    + "requests still travel encrypted, through a CONNECT tunnel)");
        }
        String host = url.group("host");
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
            if (NoProxyList.literal(host).isEmpty()) {
                throw unusable(variable, value, "`[" + host + "]` is not an IPv6 address");
            }
        }
        int port = DEFAULT_PORT;
        String portText = url.group("port");
        if (portText != null && !portText.isEmpty()) {
            if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) == 0 || Integer.parseInt(portText) > 65535) {
                throw unusable(variable, value, "`" + portText + "` is not a port number (1 to 65535)");
            }
            port = Integer.parseInt(portText);
        }
        Optional<Secret> user = Optional.empty();
        Optional<Secret> password = Optional.empty();
        String userinfo = url.group("userinfo");
        if (userinfo != null && !userinfo.isEmpty()) {
            int colon = userinfo.indexOf(':');
            try {
                user = Optional.of(Secret.of(decode(colon < 0 ? userinfo : userinfo.substring(0, colon))));
                if (colon >= 0) {
                    password = Optional.of(Secret.of(decode(userinfo.substring(colon + 1))));
                }
            } catch (IllegalArgumentException e) {
                throw unusable(variable, value, "its user name or password has a broken %-escape");
            }
        }
        return new ProxyServer(variable, host.toLowerCase(Locale.ROOT), port, user, password);
    }

    /** Percent-decoding only: a {@code +} stays a plus, as curl leaves it. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException unusable(String variable, String value, String why) {
        return new IllegalArgumentException(variable + " `" + shown(value) + "` cannot be used: " + why
                + "; set it to http://host:port or http://user:password@host:port");
    }

    /** The value for a message: everything up to its last {@code @} (the credentials) becomes {@code …@}. */
    private static String shown(String value) {
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return Quoted.excerpt(value);
        }
        int schemeEnd = value.indexOf("://");
        String scheme = schemeEnd >= 0 && schemeEnd < at ? value.substring(0, schemeEnd + 3) : "";
        return Quoted.excerpt(scheme + "…@" + value.substring(at + 1));
    }

    /** localhost, 127.0.0.0/8 and ::1, from the host as written, never by DNS. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        Optional<byte[]> address = NoProxyList.literal(name);
        return address.isPresent() && (address.get().length == 4 ? address.get()[0] == 127
                : java.util.Arrays.equals(address.get(), new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    }

    @Override
    public String toString() {
        return "ProxySettings[https=" + https.map(ProxyServer::toString).orElse("direct") + ", http="
                + http.map(ProxyServer::toString).orElse("direct") + "]";
    }
}
