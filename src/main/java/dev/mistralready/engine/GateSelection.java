package dev.mistralready.engine;

import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.checklist.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which gates to run: those of one phase (or of every phase), narrowed by {@code --only} and
 * {@code --skip}; both empty means all of them.
 */
public record GateSelection(Set<String> only, Set<String> skip, Optional<Phase> phase) {

    public static final GateSelection ALL = new GateSelection(Set.of(), Set.of());

    public GateSelection {
        only = Set.copyOf(only);
        skip = Set.copyOf(skip);
    }

    /** Gates of every phase. */
    public GateSelection(Set<String> only, Set<String> skip) {
        this(only, skip, Optional.empty());
    }

    /** The selected gates in checklist order; an id the checklist lacks, or one of another phase in --only, is an error. */
    public List<PlannedGate> apply(List<PlannedGate> gates) throws SelectionException {
        List<String> ids = gates.stream().map(PlannedGate::id).toList();
        requireKnown("--only", only, ids);
        requireKnown("--skip", skip, ids);
        List<PlannedGate> selected = new ArrayList<>();
        for (PlannedGate gate : gates) {
            boolean inPhase = phase.map(gate.gate().phase()::equals).orElse(true);
            if (only.contains(gate.id()) && !inPhase) {
                throw new SelectionException("--only names gate `" + gate.id() + "`, which runs in phase "
                        + gate.gate().phase().label() + ", not " + phase.get().label() + ": add --phase "
                        + gate.gate().phase().label());
            }
            if (inPhase && (only.isEmpty() || only.contains(gate.id())) && !skip.contains(gate.id())) {
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
