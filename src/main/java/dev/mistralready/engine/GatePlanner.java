package dev.mistralready.engine;

import dev.mistralready.check.Check;
import dev.mistralready.check.Quoted;
import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistProblem;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.checklist.Gate;
import dev.mistralready.checklist.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves every gate of a checklist against the registry before anything runs, so a typo in the
 * last gate is reported at once rather than after ten minutes of builds.
 */
public final class GatePlanner {

    private final CheckRegistry registry;

    public GatePlanner(CheckRegistry registry) {
        this.registry = registry;
    }

    public List<PlannedGate> plan(Checklist checklist) throws ChecklistException {
        OptionsBinder binder = new OptionsBinder(checklist);
        List<PlannedGate> planned = new ArrayList<>();
        List<ChecklistProblem> problems = new ArrayList<>();
        for (Gate gate : checklist.gates()) {
            Optional<Check<?>> check = registry.find(gate.type());
            if (check.isEmpty()) {
                problems.add(checklist.problemAtValue(SourceMap.child(gate.pointer(), "type"),
                        "unknown gate type `" + Quoted.excerpt(gate.type()) + "`" + DidYouMean.hint(gate.type(), registry.types())
                                + " (registered: " + String.join(", ", registry.types()) + ")"));
                continue;
            }
            try {
                Object options = binder.bind(gate, check.get());
                planned.add(new PlannedGate(gate, check.get(), options, gate.timeout().orElse(check.get().defaultTimeout())));
            } catch (OptionsBinder.BindingProblem e) {
                problems.add(e.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
        return planned;
    }
}
