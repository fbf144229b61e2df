package dev.mistralready.check;

import java.util.Objects;

/**
 * Where a finding is: a file relative to the project root (forward slashes), a 1-based line and
 * an optional 1-based column (0 when unknown).
 */
public record Location(String file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 (unknown) or more, was " + column);
        }
    }

    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    @Override
    public String toString() {
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
