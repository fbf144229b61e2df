package dev.mistralready.check;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells a running check to stop, e.g. when its gate timed out. A check either polls
 * {@link #isCancelled()} or registers cleanup with {@link #onCancel(Runnable)}.
 */
public final class Cancellation {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancellation, or at once when already cancelled. */
    public void onCancel(Runnable action) {
        listeners.add(action);
        if (cancelled && listeners.remove(action)) {
            action.run();
        }
    }

    public void cancel() {
        cancelled = true;
        for (Runnable listener : listeners) {
            if (listeners.remove(listener)) {
                listener.run();
            }
        }
    }
}
