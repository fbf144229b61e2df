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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the release archive that `mvn package` built as the README says (unpack, symlink the
 * launcher onto the PATH) and runs it where Maven must not be needed: an `mvn` that fails is first
 * on the PATH.
 */
@DisabledOnOs(OS.WINDOWS)
class ReleaseArchiveIT {

    @TempDir
    Path home;

    private Path installed;
    private Path bin;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void install() throws Exception {
        Path archive;
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            archive = built.filter(file -> file.getFileName().toString().matches("mistral-ready-.+\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("mvn package wrote no release archive in target/"));
        }
        Path opt = Files.createDirectories(home.resolve("opt"));
        assertThat(run(List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", opt.toString()), opt).exitCode()).isZero();
        try (Stream<Path> unpacked = Files.list(opt)) {
            installed = unpacked.findFirst().orElseThrow();
        }
        bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("mistral-ready"), installed.resolve("mistral-ready"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho 'mvn was called' >&2\nexit 99\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void holdsTheLauncherTheJarAndTheTrainingProject() {
        assertThat(installed.getFileName().toString()).matches("mistral-ready-\\d+\\.\\d+\\.\\d+.*");
        assertThat(Files.isExecutable(installed.resolve("mistral-ready"))).as("launcher executable").isTrue();
        assertThat(installed.resolve("lib/mistral-ready.jar")).isRegularFile();
        assertThat(installed.resolve("lib/training/checklist.yaml")).isRegularFile();
        assertThat(installed.resolve("checklist.schema.json")).isRegularFile();
    }

    @Test
    void runsThroughASymlinkWithoutMaven() throws Exception {
        Path project = Files.createDirectories(home.resolve("project"));
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - {id: build, type: command, with: {run: 'echo ok'}}
                  - {id: tests, type: command, with: {run: 'echo 1 test failed; exit 1'}}
                """);

        String onThePath = bin.resolve("mistral-ready").toString();
        Run version = run(List.of(onThePath, "--version"), project);
        Run check = run(List.of(onThePath, "check", ".", "--color", "never"), project);

        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("mistral-ready ");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("PASS   build", "FAIL   tests", "1 passed, 1 failed");
        assertThat(version.err() + check.err()).doesNotContain("mvn was called", "Maven");
    }

    @Test
    void recordsItsClassDataArchivePerJvmFromTheTrainingProjectUnlessTurnedOff() throws Exception {
        Path project = Files.createDirectories(home.resolve("project"));
        Files.writeString(project.resolve("a.txt"), "a\n");
        String onThePath = bin.resolve("mistral-ready").toString();

        assertThat(run(List.of(onThePath, "--version"), project, Map.of("MISTRAL_READY_CDS", "off")).exitCode()).isZero();
        assertThat(archives()).as("no archive with MISTRAL_READY_CDS=off").isEmpty();
        assertThat(run(List.of(onThePath, "--version"), project, Map.of()).exitCode()).isZero();
        assertThat(archives()).as("recorded on lib/training beside the jar").singleElement()
                .satisfies(archive -> assertThat(archive.getFileName().toString()).matches("mistral-ready-\\d+\\.(jsa|aot)"));
    }

    @Test
    void mapsPicocliFromTheClassDataArchive() throws Exception {
        Path project = Files.createDirectories(home.resolve("project"));
        String onThePath = bin.resolve("mistral-ready").toString();
        assertThat(run(List.of(onThePath, "--version"), project).exitCode()).isZero(); // records the archive

        Run logged = run(List.of(onThePath, "--version"), project, Map.of("MISTRAL_READY_OPTS", "-Xlog:class+load=info"));

        // picocli's own jar holds Java 5 class files, which no archive can hold; the build compiles its source
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(logged.out().lines().filter(line -> line.contains(" picocli.CommandLine source: ")))
                .singleElement().asString().contains("source: shared objects file");
    }

    @Test
    void recordsAnAotCacheOnJdk25AndSaysNothingAboutIt() throws Exception {
        Path jdk = newestJdk();
        Assumptions.assumeTrue(jdk != null, "no JDK 25 or newer under /usr/lib/jvm");
        Path project = Files.createDirectories(home.resolve("project"));
        Files.writeString(project.resolve("a.txt"), "a\n");
        String onThePath = bin.resolve("mistral-ready").toString();

        Run first = run(List.of(onThePath, "--version"), project, Map.of("JAVA_HOME", jdk.toString()));
        Run second = run(List.of(onThePath, "--version"), project, Map.of("JAVA_HOME", jdk.toString()));

        assertThat(second.exitCode()).isZero();
        assertThat(first.err() + second.err()).as("no [warning][aot] lines").isEmpty();
        assertThat(archives(".aot")).singleElement();
        assertThat(archives(".jsa")).isEmpty();
    }

    private static Path newestJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> installedJdks = Files.list(jvms)) {
            return installedJdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && major(jdk) >= 25).findFirst().orElse(null);
        }
    }

    private static int major(Path jdk) {
        try {
            java.util.regex.Matcher version = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
                    .matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private List<Path> archives() throws IOException {
        List<Path> both = new ArrayList<>(archives(".jsa"));
        both.addAll(archives(".aot"));
        return both;
    }

    private List<Path> archives(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(installed.resolve("lib"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private Run run(List<String> command, Path directory) throws IOException, InterruptedException {
        return run(command, directory, Map.of());
    }

    private Run run(List<String> command, Path directory, Map<String, String> variables) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (bin != null) {
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            builder.environment().put("HOME", home.toString());
            builder.environment().remove("XDG_CACHE_HOME");
            builder.environment().remove("MISTRAL_READY_CDS");
            builder.environment().remove("JAVA_HOME"); // the java on the PATH, unless a test names one
        }
        builder.environment().putAll(variables);
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
