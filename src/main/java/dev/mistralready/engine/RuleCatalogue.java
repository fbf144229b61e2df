package dev.mistralready.engine;

import dev.mistralready.check.Check;
import dev.mistralready.check.Rule;
import dev.mistralready.report.GateRules;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule id this run can report, by id: those the installed checks declare with {@link Check#rules()},
 * in gate type order, and mistral-ready's own gate-level rules. Where two checks declare the same id the
 * first (by type name) keeps it; the built-in ids are tested to be unique.
 */
public final class RuleCatalogue {

    private final Map<String, CataloguedRule> byId;

    private RuleCatalogue(Map<String, CataloguedRule> byId) {
        this.byId = byId;
    }

    public static RuleCatalogue of(CheckRegistry registry) {
        Map<String, CataloguedRule> byId = new LinkedHashMap<>();
        for (Check<?> check : registry.all()) {
            for (Rule rule : check.rules()) {
                byId.putIfAbsent(rule.id(), new CataloguedRule(rule, check.type()));
            }
        }
        for (Rule rule : GateRules.RULES) {
            byId.putIfAbsent(rule.id(), new CataloguedRule(rule, GateRules.TYPE));
        }
        return new RuleCatalogue(byId);
    }

    public Optional<CataloguedRule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every rule, by gate type name and then in the order the check declares them. */
    public List<CataloguedRule> all() {
        return List.copyOf(byId.values());
    }

    public Collection<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The rules by id, for a report writer that describes the rules it reports. */
    public Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        byId.forEach((id, entry) -> rules.put(id, entry.rule()));
        return Map.copyOf(rules);
    }
}
