package dev.mistralready.check;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * The run's HTTP client's way to its proxies: which proxy a URL goes through (none for loopback and
 * {@code NO_PROXY} hosts; never a fallback to a direct connection when the proxy fails), and the
 * {@code Proxy-Authorization} answer to a proxy's 407, given only to the proxy the credentials belong
 * to, and once. OkHttp asks before each CONNECT too, so https through a proxy with credentials
 * sends them up front.
 */
public final class ProxyRoutes extends ProxySelector implements Authenticator {

    private final ProxySettings settings;

    ProxyRoutes(ProxySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The proxy a request to {@code url} goes through, or empty when it goes directly. */
    public Optional<ProxyServer> serverFor(HttpUrl url) {
        return settings.proxyFor(url.scheme(), url.host(), url.port());
    }

    /** The proxies' credentials, for redaction. */
    public List<Secret> secrets() {
        return settings.secrets();
    }

    @Override
    public List<Proxy> select(URI uri) {
        HttpUrl url = HttpUrl.get(uri);
        if (url == null) {
            return List.of(Proxy.NO_PROXY);
        }
        return serverFor(url)
                .map(server -> List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(server.host(),
                        server.port()))))
                .orElse(List.of(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // No other route to try: the failure reaches the check, which names the proxy.
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (route == null || route.proxy().type() != Proxy.Type.HTTP
                || response.request().header("Proxy-Authorization") != null) {
            return null; // not through our proxy, or our credentials were already refused
        }
        Optional<ProxyServer> server = serverFor(response.request().url());
        if (server.isEmpty() || server.get().user().isEmpty() || !sameProxy(server.get(), route.proxy().address())) {
            return null;
        }
        String credentials = Credentials.basic(server.get().user().get().reveal(),
                server.get().password().map(Secret::reveal).orElse(""), java.nio.charset.StandardCharsets.UTF_8);
        return response.request().newBuilder().header("Proxy-Authorization", credentials).build();
    }

    private static boolean sameProxy(ProxyServer server, SocketAddress address) {
        if (!(address instanceof InetSocketAddress socket)) {
            return false;
        }
        return socket.getPort() == server.port() && socket.getHostString().equalsIgnoreCase(server.host());
    }
}
