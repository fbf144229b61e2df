package dev.mistralready.checklist;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a parsed checklist came from, keyed by JSON Pointer ({@code /gates/0/with/run}).
 * Keys and values are tracked separately: an unknown key is reported where the key is, a bad value
 * where the value is.
 */
public final class SourceMap {

    private final Map<String, SourcePosition> values = new HashMap<>();
    private final Map<String, SourcePosition> keys = new HashMap<>();

    void recordValue(String pointer, SourcePosition position) {
        values.put(pointer, position);
    }

    void recordKey(String pointer, SourcePosition position) {
        keys.put(pointer, position);
    }

    boolean hasKey(String pointer) {
        return keys.containsKey(pointer);
    }

    /** Where the value at {@code pointer} starts, or of its nearest recorded ancestor. */
    public SourcePosition valueAt(String pointer) {
        return nearest(values, pointer);
    }

    /** Where the key naming {@code pointer} is, falling back to the value, then to ancestors. */
    public SourcePosition keyAt(String pointer) {
        SourcePosition key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    private static SourcePosition nearest(Map<String, SourcePosition> positions, String pointer) {
        String current = pointer;
        while (true) {
            SourcePosition found = positions.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return SourcePosition.START;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Appends one escaped reference token to a JSON Pointer. */
    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
