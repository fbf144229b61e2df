package dev.mistralready;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first-run build, in a copy of the checkout whose {@code mvn} and {@code java} are stand-ins:
 * what a user sees while Maven builds the jar, and when the build fails.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherBuildTest {

    private static final Path LAUNCHER = Path.of("dist", "mistral-ready").toAbsolutePath();
    private static final String ESC = "\u001B";

    @TempDir
    Path checkout;

    private Path bin;
    private Path javaHome;

    @BeforeEach
    void copyOfTheCheckout() throws IOException {
        Files.createDirectories(checkout.resolve("dist"));
        Files.copy(LAUNCHER, checkout.resolve("dist/mistral-ready"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main/java"));
        bin = Files.createDirectories(checkout.resolve("bin"));
        javaHome = Files.createDirectories(checkout.resolve("jdk"));
        script(javaHome.resolve("bin/java"), "echo \"java $*\"\n");
    }

    @Test
    void saysWhichStepMavenIsOnWithoutItsColourCodes() throws Exception {
        script(bin.resolve("mvn"), "printf '\\033[0m\\033[1m[INFO] Scanning for projects...\\033[0m\\n'\n"
                + "printf '[INFO] --- \\033[1mmaven-compiler-plugin:3.13.0:compile\\033[m (default-compile) @ x ---\\n'\n"
                + "echo '[INFO] Compiling 312 source files'\n"
                + "echo '[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ x ---'\n"
                + "mkdir -p target && : > target/mistral-ready.jar\n"
                + "printf '\\033[0m\\033[0m'\n");

        Launch run = launch("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain(ESC);
        assertThat(run.err().lines()).containsExactly(
                "mistral-ready: building the jar with Maven, once (about a minute; longer if Maven must first download plugins)",
                "mistral-ready:   maven-compiler-plugin:3.13.0:compile",
                "mistral-ready:   maven-shade-plugin:3.6.0:shade",
                "mistral-ready: built " + checkout.toRealPath() + "/target/mistral-ready.jar");
        assertThat(run.out()).contains("-jar " + checkout.toRealPath() + "/target/mistral-ready.jar --version");
    }

    @Test
    void removesTheLogOfABuildThatWorked() throws Exception {
        script(bin.resolve("mvn"), "echo \"[INFO] args: $*\"\nmkdir -p target && : > target/mistral-ready.jar\n");

        launch("--version");

        try (var files = Files.list(checkout)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("the log of a good build is removed")
                    .noneMatch(name -> name.startsWith("mistral-ready-build"));
        }
    }

    @Test
    void showsTheEndOfMavensLogWhenTheBuildFails() throws Exception {
        script(bin.resolve("mvn"), "echo \"[INFO] args: $*\"\n"
                + "printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR : Main.java:[3,1] class, interface, or enum expected\\n'\n"
                + "exit 1\n");

        Launch run = launch("--version");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain(ESC)
                .contains("mistral-ready: the build failed; the end of Maven's log (")
                .contains("[INFO] args: -B -ntp -Dstyle.color=never -DskipTests package")
                .contains("[ERROR] COMPILATION ERROR : Main.java:[3,1] class, interface, or enum expected");
    }

    private record Launch(int exitCode, String out, String err) {
    }

    private Launch launch(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat(checkout.resolve("dist/mistral-ready").toString(), args))
                .redirectOutput(checkout.resolve("out.txt").toFile())
                .redirectError(checkout.resolve("err.txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PATH", bin + ":" + System.getenv("PATH"));
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("TMPDIR", checkout.toString());
        environment.put("MISTRAL_READY_CDS", "off");
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("launcher finished").isTrue();
        return new Launch(process.exitValue(), Files.readString(checkout.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(checkout.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
