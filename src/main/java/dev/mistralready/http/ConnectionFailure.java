package dev.mistralready.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import dev.mistralready.check.DurationText;

/** Why a request got no HTTP answer, named the way an operator would look for the cause. */
public enum ConnectionFailure {
    TIMEOUT("timed out"),
    CONNECTION_REFUSED("connection refused"),
    DNS("DNS lookup failed"),
    TLS("TLS handshake failed"),
    CONNECTION("connection failed"),
    /** The proxy of the request's scheme could not be resolved or refused the connection; the detail names it. */
    PROXY_UNREACHABLE("the proxy could not be reached"),
    CANCELLED("cancelled");

    private final String description;

    ConnectionFailure(String description) {
        this.description = description;
    }

    /** {@code connection refused}, for messages. */
    public String description() {
        return description;
    }

    /** As a message says it: {@code no answer within 10s}, {@code DNS lookup of api.example.com failed}, .... */
    public String explain(String host, Duration timeout) {
        return switch (this) {
            case TIMEOUT -> "no answer within " + DurationText.format(timeout);
            case DNS -> "DNS lookup of " + host + " failed";
            default -> description;
        };
    }

    /**
     * What went wrong with a request sent through a proxy: a failed lookup or a refused connection is
     * the proxy's (the client connects to nothing else; the target's own failures come back from the
     * proxy as an answer, or as a failed CONNECT).
     */
    static ConnectionFailure throughProxy(IOException e, boolean cancelled) {
        ConnectionFailure failure = of(e, cancelled);
        return failure == DNS || failure == CONNECTION_REFUSED ? PROXY_UNREACHABLE : failure;
    }

    /** What went wrong; a call cancelled by its own timeout is a timeout, not a cancellation. */
    static ConnectionFailure of(IOException e, boolean cancelled) {
        if (cancelled) {
            return CANCELLED;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return DNS;
            }
            if (cause instanceof SSLException) {
                return TLS;
            }
            if (cause instanceof ConnectException) {
                return CONNECTION_REFUSED;
            }
            if (cause instanceof InterruptedIOException) {
                return TIMEOUT;
            }
        }
        return CONNECTION;
    }
}
