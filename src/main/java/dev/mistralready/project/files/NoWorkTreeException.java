package dev.mistralready.project.files;

import java.io.IOException;

/**
 * The directory under check is a git directory (a bare repository, or the inside of a {@code .git}):
 * it holds git's objects, not the project's files, so there is nothing to list.
 */
public final class NoWorkTreeException extends IOException {

    public NoWorkTreeException(String message) {
        super(message);
    }
}
