package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Status;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.Engine;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.RunListener;
import dev.mistralready.engine.RunSettings;
import dev.mistralready.process.ProcessTree;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A gate timeout, as the engine enforces it, kills the command's whole process tree. */
@DisabledOnOs(OS.WINDOWS)
class CommandTimeoutThroughEngineTest {

    @TempDir
    Path project;

    @Test
    void timeoutKillsTheGrandchildAndReportsAnError() throws Exception {
        var gates = new GatePlanner(CheckRegistry.of(java.util.List.of(new CommandCheck()))).plan(ChecklistLoader.parse(
                "checklist.yaml", """
                        version: 1
                        gates:
                          - id: hangs
                            type: command
                            timeout: 700ms
                            with:
                              run: "sleep 300 & echo $! > grandchild.pid; wait"
                        """));
        RunSettings settings = new RunSettings(project, Map.of("PATH", System.getenv("PATH")), "checklist.yaml", 1, false);

        Report report = new Engine(Clock.systemUTC(), "test").run(gates, settings, RunListener.NONE);

        GateResult hangs = report.gates().get(0);
        assertThat(hangs.status()).isEqualTo(Status.ERROR);
        assertThat(hangs.outcome().summary()).isEqualTo("timed out after 700ms");
        long grandchild = Long.parseLong(Files.readString(project.resolve("grandchild.pid")).trim());
        Optional<ProcessHandle> sleeper = ProcessHandle.of(grandchild);
        assertThat(sleeper.filter(ProcessTree::isRunning)).as("the backgrounded sleep %d", grandchild).isEmpty();
    }
}
