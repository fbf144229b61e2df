package dev.mistralready.checks.secrets;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The secrets in each blob of the history, shared by the threads that scan it. A blob is scanned
 * once per path it appears at (the rules depend on the path), by the thread that claims it first;
 * the others learn its matches from here, or that it is still being scanned.
 */
final class ScannedBlobs {

    private final ConcurrentHashMap<Key, Slot> slots = new ConcurrentHashMap<>();

    /** Whether the caller is the first to ask for this blob at this path, and must scan it and {@link #put} its matches. */
    boolean claim(ObjectId blob, String path) {
        return slots.putIfAbsent(new Key(blob, path), new Slot()) == null;
    }

    void put(ObjectId blob, String path, List<SecretMatch> matches) {
        slots.get(new Key(blob, path)).matches = matches;
    }

    /** The blob's matches at this path, or empty while another thread is still scanning it. */
    Optional<List<SecretMatch>> matches(ObjectId blob, String path) {
        Slot slot = slots.get(new Key(blob, path));
        return slot == null ? Optional.empty() : Optional.ofNullable(slot.matches);
    }

    /** How many blobs were scanned (or passed over as binary or too large). */
    int size() {
        return slots.size();
    }

    private record Key(ObjectId blob, String path) {
    }

    private static final class Slot {
        volatile List<SecretMatch> matches;
    }
}
