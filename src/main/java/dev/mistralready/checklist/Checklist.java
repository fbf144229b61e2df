package dev.mistralready.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A validated checklist.
 *
 * @param file      the checklist as shown to users: a path, or the built-in default's name
 * @param sourceMap where every key and value is, for errors found after loading (gate options)
 */
public record Checklist(String file, int version, List<Gate> gates, SourceMap sourceMap) {

    public Checklist {
        Objects.requireNonNull(file, "file");
        gates = List.copyOf(gates);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** A problem at the key named by {@code pointer}, for reporting after loading. */
    public ChecklistProblem problemAtKey(String pointer, String message) {
        return new ChecklistProblem(file, sourceMap.keyAt(pointer), message);
    }

    /** A problem at the value at {@code pointer}. */
    public ChecklistProblem problemAtValue(String pointer, String message) {
        return new ChecklistProblem(file, sourceMap.valueAt(pointer), message);
    }
}
