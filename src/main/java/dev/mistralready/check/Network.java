package dev.mistralready.check;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The network as a check may use it: one HTTP client shared by every gate of a run (one connection
 * pool, one set of threads), or nothing at all when the run is {@code --offline}.
 *
 * <p>The client is built on first use, so a run whose gates never touch the network never loads
 * the HTTP stack. It follows no redirects: a check that wants them turns them on in a
 * {@link OkHttpClient#newBuilder()} of its own, and decides itself which headers may travel.
 *
 * <p>It goes through the proxies the run's environment names ({@code HTTPS_PROXY}, {@code HTTP_PROXY},
 * {@code NO_PROXY}, read as {@link ProxySettings} says), through the JVM's own proxy settings when
 * the environment names none.
 */
public final class Network {

    /** The summary of a gate skipped because the run is offline (skip summaries start with {@code skipped}). */
    public static final String OFFLINE_REASON = "skipped (--offline): this gate needs the network";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final boolean offline;
    private final String userAgent;
    private final Map<String, String> environment;
    private volatile OkHttpClient client;

    private Network(boolean offline, String userAgent, Map<String, String> environment, OkHttpClient client) {
        this.offline = offline;
        this.userAgent = userAgent;
        this.environment = Map.copyOf(environment);
        this.client = client;
    }

    /** The network, reached with a client that identifies itself as {@code userAgent}, without proxies. */
    public static Network online(String userAgent) {
        return online(userAgent, Map.of());
    }

    /**
     * The network, reached with a client that identifies itself as {@code userAgent}, through the
     * proxies {@code environment} names. The settings are read when the client is first built; a
     * caller that wants a bad setting reported up front reads {@link ProxySettings#from} itself.
     */
    public static Network online(String userAgent, Map<String, String> environment) {
        return new Network(false, Objects.requireNonNull(userAgent, "userAgent"), environment, null);
    }

    /** The network through a client a caller built (tests: a resolver that fails, short timeouts). */
    public static Network using(OkHttpClient client) {
        return new Network(false, "", Map.of(), Objects.requireNonNull(client, "client"));
    }

    /** No network: {@link #client()} refuses. */
    public static Network offline() {
        return new Network(true, "", Map.of(), null);
    }

    /** True in an {@code --offline} run; such runs skip every gate that declares it needs the network. */
    public boolean isOffline() {
        return offline;
    }

    /**
     * The shared HTTP client.
     *
     * @throws UnusableProxy         when a proxy variable of the environment cannot be read
     * @throws IllegalStateException in an offline run: a check that needs the network says so with
     *                               {@link Check#needsNetwork(Object)}, and is then not run offline
     */
    public OkHttpClient client() {
        if (offline) {
            throw new IllegalStateException("this run is --offline; a check that needs the network declares it with "
                    + "Check.needsNetwork and is then skipped, not run");
        }
        OkHttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = build(userAgent, proxySettings());
                    client = built;
                }
            }
        }
        return built;
    }

    /** @throws UnusableProxy when a proxy variable cannot be read */
    private ProxySettings proxySettings() {
        try {
            return ProxySettings.from(environment);
        } catch (IllegalArgumentException e) {
            throw new UnusableProxy(e.getMessage());
        }
    }

    private static OkHttpClient build(String userAgent, ProxySettings proxies) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (!proxies.isEmpty()) {
            ProxyRoutes routes = new ProxyRoutes(proxies);
            builder.proxySelector(routes).proxyAuthenticator(routes);
        }
        return builder
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(DEFAULT_TIMEOUT)
                .readTimeout(DEFAULT_TIMEOUT)
                .writeTimeout(DEFAULT_TIMEOUT)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
                .build();
    }

    @Override
    public String toString() {
        return offline ? "Network[offline]" : "Network[online]";
    }
}
