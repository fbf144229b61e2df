package dev.mistralready.engine;

import dev.mistralready.check.Rule;

/** A rule of the catalogue with the gate type that declares it ({@code gate} for mistral-ready's own). */
public record CataloguedRule(Rule rule, String gateType) {
}
