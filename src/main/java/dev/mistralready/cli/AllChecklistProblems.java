package dev.mistralready.cli;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistProblem;
import dev.mistralready.engine.GatePlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A broken checklist's problems in one round: the loader's, and the planner's (unknown gate types,
 * options and rule ids) for the gates the loader could still read, in the order they stand in the file.
 * Otherwise a user fixing the loader's problems would only then hear of the rest.
 */
final class AllChecklistProblems {

    private AllChecklistProblems() {
    }

    static ChecklistException of(ChecklistException loaderProblems, GatePlanner planner) {
        if (loaderProblems.readable().isEmpty()) {
            return loaderProblems;
        }
        try {
            planner.plan(loaderProblems.readable().get());
            return loaderProblems;
        } catch (ChecklistException plannerProblems) {
            List<ChecklistProblem> all = new ArrayList<>(loaderProblems.problems());
            all.addAll(plannerProblems.problems());
            all.sort(Comparator.comparingInt((ChecklistProblem problem) -> problem.position().line())
                    .thenComparingInt(problem -> problem.position().column()));
            return new ChecklistException(all);
        }
    }
}
