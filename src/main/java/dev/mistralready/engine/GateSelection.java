package dev.mistralready.engine;

import dev.mistralready.checklist.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which gates to run, from {@code --only} and {@code --skip}; both empty means all. */
public record GateSelection(Set<String> only, Set<String> skip) {

    public static final GateSelection ALL = new GateSelection(Set.of(), Set.of());

    public GateSelection {
        only = Set.copyOf(only);
        skip = Set.copyOf(skip);
    }

    /** The selected gates in checklist order; an id the checklist lacks is an error. */
    public List<PlannedGate> apply(List<PlannedGate> gates) throws SelectionException {
        List<String> ids = gates.stream().map(PlannedGate::id).toList();
        requireKnown("--only", only, ids);
        requireKnown("--skip", skip, ids);
        List<PlannedGate> selected = new ArrayList<>();
        for (PlannedGate gate : gates) {
            if ((only.isEmpty() || only.contains(gate.id())) && !skip.contains(gate.id())) {
                selected.add(gate);
            }
        }
        return selected;
    }

    private static void requireKnown(String option, Set<String> requested, List<String> ids) throws SelectionException {
        for (String id : requested.stream().sorted().toList()) {
            if (!ids.contains(id)) {
                throw new SelectionException(option + " names gate `" + id + "`, which the checklist does not have"
                        + DidYouMean.hint(id, ids) + " (gates: " + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")");
            }
        }
    }
}
