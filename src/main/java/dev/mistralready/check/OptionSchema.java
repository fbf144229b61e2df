package dev.mistralready.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON Schema (draft-07) of an option value type whose Java type does not say what YAML it takes,
 * typically one bound from a {@code JsonNode} ({@code run:} is text or a list). Written beside the
 * parser it describes, so {@code mistral-ready schema} and the parser change together.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OptionSchema {

    /** A JSON Schema fragment, as JSON text. */
    String value();
}
