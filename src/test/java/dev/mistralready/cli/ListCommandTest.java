package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.RuleCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void listsEveryGateTypeAsJsonWithItsOptionsAndRules() throws Exception {
        CliRun run = CliRun.in(work, "list", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode list = JSON.readTree(run.out());
        assertThat(list.get("schema").asText()).isEqualTo("mistral-ready/gate-types@1");
        List<String> types = new ArrayList<>();
        list.get("gateTypes").forEach(type -> types.add(type.get("type").asText()));
        assertThat(types).containsExactlyElementsOf(CheckRegistry.installed().types());
        JsonNode command = list.get("gateTypes").get(types.indexOf("command"));
        assertThat(command.get("defaultTimeoutMillis").asLong()).isPositive();
        assertThat(command.get("options").get(0).get("name").asText()).isEqualTo("run");
        assertThat(command.get("options").get(0).get("required").asBoolean()).isTrue();
        assertThat(command.get("rules").toString()).isEqualTo("[\"MR-CMD-001\"]");
    }

    @Test
    void listsEveryRuleAsJsonWithItsWholePage() throws Exception {
        CliRun run = CliRun.in(work, "list", "--rules", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode rules = JSON.readTree(run.out()).get("rules");
        assertThat(rules).hasSize(RuleCatalogue.of(CheckRegistry.installed()).all().size());
        JsonNode first = rules.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "gateType", "severity", "title", "finds", "why", "fix", "example");
        assertThat(rules).allMatch(rule -> !rule.get("why").asText().isBlank() && !rule.get("fix").asText().isBlank());
    }

    @Test
    void printsOneTypesRulesAsTheReadmesMarkdownTable() {
        CliRun run = CliRun.in(work, "list", "--rules", "--type", "runbook", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(RuleTable.HEADER + "| MR-RUN-001 | error | ");
        assertThat(run.out().lines().skip(2)).allMatch(line -> line.startsWith("| MR-RUN-") && line.endsWith(" |"));
    }

    @Test
    void rejectsAnUnknownGateTypeWithTheClosestOne() {
        CliRun run = CliRun.in(work, "list", "--type", "k8s");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown gate type `k8s`; did you mean `k8s-manifests`?");
    }

    @Test
    void refusesMarkdownForGateTypes() {
        CliRun run = CliRun.in(work, "list", "--format", "markdown");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format markdown lists rules: add --rules");
    }
}
