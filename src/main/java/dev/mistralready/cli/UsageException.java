package dev.mistralready.cli;

/** The user asked for something that cannot be done as asked (a missing directory, say); exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
