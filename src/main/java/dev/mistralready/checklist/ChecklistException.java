package dev.mistralready.checklist;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A checklist the user must fix; the message has one {@code file:line:col: what} line per problem. */
public final class ChecklistException extends Exception {

    private final List<ChecklistProblem> problems;
    private final transient Optional<Checklist> readable;

    public ChecklistException(List<ChecklistProblem> problems) {
        this(problems, Optional.empty());
    }

    /**
     * @param readable the gates that could still be read despite the problems, so that the planner can
     *                 report its own problems (unknown types and options) with these rather than after a fix
     */
    public ChecklistException(List<ChecklistProblem> problems, Optional<Checklist> readable) {
        super(problems.stream().map(ChecklistProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ChecklistException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.readable = readable;
    }

    public ChecklistException(ChecklistProblem problem) {
        this(List.of(problem));
    }

    public List<ChecklistProblem> problems() {
        return problems;
    }

    /** The gates that were readable (their id, type, {@code with:} and {@code disable:} well-formed), if any were. */
    public Optional<Checklist> readable() {
        return readable == null ? Optional.empty() : readable;
    }
}
