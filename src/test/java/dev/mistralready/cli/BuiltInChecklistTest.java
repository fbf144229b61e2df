package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.PlannedGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInChecklistTest {

    @Test
    void isTheRepositorysTopLevelChecklist() throws Exception {
        assertThat(ChecklistSource.builtInText()).isEqualTo(Files.readString(Path.of("checklist.yaml")));
    }

    @Test
    void plansAgainstTheRegisteredGateTypes() throws Exception {
        Checklist checklist = ChecklistLoader.parse(ChecklistSource.BUILT_IN_NAME, ChecklistSource.builtInText());

        List<PlannedGate> gates = new GatePlanner(CheckRegistry.installed()).plan(checklist);

        assertThat(gates).extracting(PlannedGate::id)
                .containsExactly("secrets", "credentials", "models", "health", "smoke", "k8s", "alerts", "runbook", "npm-typecheck", "npm-test",
                        "maven-verify", "gradle-check", "pytest", "canary-health", "error-rate");
    }
}
