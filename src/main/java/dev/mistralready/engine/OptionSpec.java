package dev.mistralready.engine;

/** One option of a gate type, as shown by {@code mistral-ready list} and used for validation. */
public record OptionSpec(String name, String valueType, boolean required, String description) {
}
