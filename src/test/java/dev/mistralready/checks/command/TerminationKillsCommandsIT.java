package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.process.ProcessTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** CI cancelling a job sends SIGTERM: the commands mistral-ready started must not outlive it. */
@DisabledOnOs(OS.WINDOWS)
class TerminationKillsCommandsIT {

    @TempDir
    Path project;

    @Test
    void sigtermKillsTheProcessTreesOfRunningGatesAndStartsNoQueuedOne() throws Exception {
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: hangs, type: command, with: {run: "sleep 300 & echo $! > grandchild.pid; wait"}}
                  - {id: queued, type: command, with: {run: "touch queued-gate-ran"}}
                """);
        Path launcher = Path.of("dist", "mistral-ready").toAbsolutePath();
        Process run = new ProcessBuilder(launcher.toString(), "check", project.toString(), "--jobs", "1",
                "--color=never", "--json", project.resolve("report.json").toString())
                .redirectErrorStream(true).redirectOutput(project.resolve("output.txt").toFile()).start();
        Path pidFile = project.resolve("grandchild.pid");
        for (int i = 0; i < 600 && !(Files.exists(pidFile) && Files.size(pidFile) > 0); i++) {
            Thread.sleep(50);
        }
        long grandchild = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(grandchild).filter(ProcessTree::isRunning)).as("the sleep runs").isPresent();

        run.destroy(); // SIGTERM to the JVM: the launcher exec'd java

        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("mistral-ready exited").isTrue();
        for (int i = 0; i < 100 && ProcessHandle.of(grandchild).filter(ProcessTree::isRunning).isPresent(); i++) {
            Thread.sleep(50);
        }
        assertThat(ProcessHandle.of(grandchild).filter(ProcessTree::isRunning)).as("the sleep %d", grandchild).isEmpty();
        assertThat(project.resolve("queued-gate-ran")).as("the gate queued behind it never started").doesNotExist();
        // and the job's log and reports still say what happened
        String output = Files.readString(project.resolve("output.txt"));
        assertThat(output).contains("ERROR  hangs", "ERROR  queued", "0 passed, 0 failed");
        assertThat(Files.readString(project.resolve("report.json"))).contains("\"id\": \"hangs\"");
    }
}
