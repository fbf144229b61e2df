package dev.mistralready.engine;

import dev.mistralready.check.Check;
import dev.mistralready.check.Quoted;
import dev.mistralready.check.Rule;
import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistProblem;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.checklist.Gate;
import dev.mistralready.checklist.SourceMap;
import java.time.Duration;
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
            problems.addAll(unknownDisabledRules(checklist, gate, check.get()));
            try {
                Object options = binder.bind(gate, check.get());
                planned.add(new PlannedGate(gate, check.get(), options,
                        gate.timeout().orElseGet(() -> defaultTimeout(check.get(), options))));
            } catch (OptionsBinder.BindingProblem e) {
                problems.add(e.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
        return planned;
    }

    @SuppressWarnings("unchecked")
    private static Duration defaultTimeout(Check<?> check, Object options) {
        return ((Check<Object>) check).defaultTimeout(options);
    }

    /** Each id of the gate's {@code disable:} that its type does not declare, at its place in the list. */
    private List<ChecklistProblem> unknownDisabledRules(Checklist checklist, Gate gate, Check<?> check) {
        if (gate.disabled().isEmpty()) {
            return List.of(); // and the type's rules are not built: the secret gate's are a file to parse
        }
        List<String> declared = check.rules().stream().map(Rule::id).toList();
        List<ChecklistProblem> problems = new ArrayList<>();
        for (int index = 0; index < gate.disabled().size(); index++) {
            String id = gate.disabled().get(index);
            if (declared.contains(id)) {
                continue;
            }
            String rules = declared.isEmpty() ? "it declares no rules"
                    : "its rules: " + String.join(", ", declared);
            // every type's rules, built only here, on a mistake: a run that disables nothing loads none
            String hint = RuleCatalogue.of(registry).find(id)
                    .map(other -> "; it is a rule of gate type `" + other.gateType() + "`")
                    .orElseGet(() -> DidYouMean.hint(id, declared));
            problems.add(checklist.problemAtValue(SourceMap.child(SourceMap.child(gate.pointer(), "disable"), index),
                    "gate type `" + gate.type() + "` has no rule `" + Quoted.excerpt(id) + "`" + hint + " (" + rules + ")"));
        }
        return problems;
    }
}
