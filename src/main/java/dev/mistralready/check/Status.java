package dev.mistralready.check;

/** How a gate ended. */
public enum Status {
    /** The gate's requirement is met. */
    PASS,
    /** Met, with something worth a look; fails the run only with {@code --fail-on warning}. */
    WARN,
    /** The requirement is not met: the project is not ready. */
    FAIL,
    /** Not applicable here (e.g. no package.json for an npm gate); says why. */
    SKIP,
    /** The check itself could not run: timeout, missing binary, crash. */
    ERROR
}
