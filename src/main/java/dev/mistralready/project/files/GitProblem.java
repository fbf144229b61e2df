package dev.mistralready.project.files;

import java.util.Objects;

/**
 * What of a git repository could not be read, and how to repair it.
 *
 * @param problem what is broken, e.g. {@code .git/index cannot be read: Short read of block.}
 * @param fix     the repair in one sentence
 */
public record GitProblem(String problem, String fix) {

    public GitProblem {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }
}
