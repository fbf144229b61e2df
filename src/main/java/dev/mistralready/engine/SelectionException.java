package dev.mistralready.engine;

/** {@code --only} or {@code --skip} names a gate the checklist does not have. */
public final class SelectionException extends Exception {

    public SelectionException(String message) {
        super(message);
    }
}
