package dev.mistralready.checklist;

/** One thing wrong with a checklist, where it is, and what would be valid. */
public record ChecklistProblem(String file, SourcePosition position, String message) {

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + message;
    }
}
