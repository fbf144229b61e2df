package dev.mistralready.checklist;

import dev.mistralready.check.Quoted;

/**
 * One thing wrong with a checklist, where it is, and what would be valid. Anything in the message
 * shaped like a key is redacted: the message may quote the file, and the file may not be a checklist.
 * A line break in the message becomes a space, so that each problem stays the one
 * {@code file:line:col: …} line editors and CI annotations read.
 */
public record ChecklistProblem(String file, SourcePosition position, String message) {

    public ChecklistProblem {
        message = Quoted.withoutKeys(message).replaceAll("\\R", " ");
    }

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + message;
    }
}
