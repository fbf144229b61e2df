package dev.mistralready.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** A checklist the user must fix; the message has one {@code file:line:col: what} line per problem. */
public final class ChecklistException extends Exception {

    private final List<ChecklistProblem> problems;

    public ChecklistException(List<ChecklistProblem> problems) {
        super(problems.stream().map(ChecklistProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ChecklistException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ChecklistException(ChecklistProblem problem) {
        this(List.of(problem));
    }

    public List<ChecklistProblem> problems() {
        return problems;
    }
}
