package dev.mistralready.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP proxy read from the environment: {@code http://[user[:password]@]host[:port]}.
 * It prints as {@code http://host:port}, never with its credentials, which are {@link Secret}s.
 *
 * @param variable the environment variable it came from ({@code HTTPS_PROXY}), for messages
 * @param user     percent-decoded; empty when the URL has none
 * @param password percent-decoded; empty when the URL has none
 */
public record ProxyServer(String variable, String host, int port, Optional<Secret> user, Optional<Secret> password) {

    public ProxyServer {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** {@code http://proxy.corp:3128}: how messages name it, without credentials. */
    public String address() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@code the proxy http://proxy.corp:3128 from HTTPS_PROXY}. */
    public String described() {
        return "the proxy " + address() + " from " + variable;
    }

    /** The credentials in every form they could travel or be echoed in: user:password, and the password. */
    public List<Secret> secrets() {
        if (user.isEmpty()) {
            return List.of();
        }
        String pair = user.get().reveal() + ":" + password.map(Secret::reveal).orElse("");
        String basic = java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return password.isPresent() ? List.of(Secret.of(pair), Secret.of(basic), password.get())
                : List.of(Secret.of(pair), Secret.of(basic));
    }

    @Override
    public String toString() {
        return address() + (user.isPresent() ? " (with credentials)" : "");
    }
}
