package dev.mistralready.check;

/**
 * A proxy variable of the run's environment cannot be read, so no request can be sent as the user
 * meant. The message names the variable and what would be valid, and holds no credentials; the
 * engine turns it into the {@code ERROR} outcome of each gate that needed the network.
 */
public final class UnusableProxy extends IllegalStateException {

    public UnusableProxy(String message) {
        super(message);
    }
}
