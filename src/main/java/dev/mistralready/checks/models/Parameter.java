package dev.mistralready.checks.models;

import dev.mistralready.project.source.Value;
import java.util.Objects;

/** What a chat call does with one request parameter, as far as the file shows. */
sealed interface Parameter permits Parameter.Missing, Parameter.Unseen, Parameter.Given {

    /** Not set: the options are all visible and lack it, or set it to null/None. */
    record Missing() implements Parameter {
    }

    /** Cannot tell: the options come from outside the file or spread an object the file does not build. */
    record Unseen() implements Parameter {
    }

    /** Set; the value may still be {@link Value.Unknown} (a parameter, an environment variable). */
    record Given(Value value) implements Parameter {
        public Given {
            Objects.requireNonNull(value, "value");
        }
    }
}
