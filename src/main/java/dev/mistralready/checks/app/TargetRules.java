package dev.mistralready.checks.app;

/**
 * The rule ids a gate of the deployed app uses for what every such gate can meet: a variable that
 * is not set, a value that cannot be used, a secret that would travel in clear, no answer at all.
 */
record TargetRules(String missingVariable, String unusableVariable, String inClear, String unreachable) {
}
