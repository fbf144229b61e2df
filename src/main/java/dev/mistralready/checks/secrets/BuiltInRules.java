package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The rules bundled with the tool, read once from {@code rules.yaml} next to this class. */
final class BuiltInRules {

    private static final List<SecretRule> RULES = load();

    private BuiltInRules() {
    }

    static List<SecretRule> all() {
        return RULES;
    }

    static List<String> ids() {
        return RULES.stream().map(SecretRule::id).toList();
    }

    private record RulesFile(List<RuleSpec> rules) {
        @JsonCreator
        RulesFile(@JsonProperty("rules") List<RuleSpec> rules) {
            this.rules = List.copyOf(rules);
        }
    }

    private static List<SecretRule> load() {
        try (InputStream in = BuiltInRules.class.getResourceAsStream("rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the built-in secret rules are missing from the jar");
            }
            RulesFile file = new ObjectMapper(new YAMLFactory()).readValue(in, RulesFile.class);
            return file.rules().stream().map(SecretRule::compile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in secret rules", e);
        }
    }
}
