package dev.mistralready.project.manifests;

import dev.mistralready.project.files.ContainedFile;
import dev.mistralready.project.files.TextFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dependency manifests that govern a source file: those in its directory and every directory
 * above it up to the project root, nearest first, as Node and most Python tools look them up in a
 * monorepo. Manifests are read from disk whether or not a lint's file selection includes them,
 * each once.
 */
public final class Manifests {

    /** Which manifests a language's packages are declared in. */
    public enum Ecosystem {
        NODE(List.of("package.json")),
        PYTHON(List.of("pyproject.toml", "requirements.txt")),
        /** Maven and Gradle builds; packages are named {@code groupId:artifactId}. */
        JVM(List.of("pom.xml", "build.gradle", "build.gradle.kts"));

        private final List<String> fileNames;

        Ecosystem(List<String> fileNames) {
            this.fileNames = fileNames;
        }

        public List<String> fileNames() {
            return fileNames;
        }
    }

    private static final long MAX_BYTES = 1024 * 1024;

    private final Path root;
    private final Map<String, Optional<Manifest>> read = new HashMap<>();

    public Manifests(Path root) {
        this.root = root;
    }

    /**
     * The manifests of {@code ecosystem} from the directory of {@code file} (relative to the root,
     * forward slashes) up to the root, nearest first.
     */
    public List<Manifest> governing(String file, Ecosystem ecosystem) {
        List<Manifest> found = new ArrayList<>();
        String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        while (true) {
            for (String name : ecosystem.fileNames()) {
                manifest(directory.isEmpty() ? name : directory + "/" + name).ifPresent(found::add);
            }
            if (directory.isEmpty()) {
                return found;
            }
            directory = directory.contains("/") ? directory.substring(0, directory.lastIndexOf('/')) : "";
        }
    }

    /**
     * The nearest declaration of {@code name} among the manifests governing {@code file}: the one
     * whose version constraint applies to it.
     */
    public Optional<Dependency> nearest(String file, Ecosystem ecosystem, String name) {
        Optional<Dependency> nearest = governing(file, ecosystem).stream()
                .flatMap(manifest -> manifest.dependency(name).stream()).findFirst();
        return nearest.map(dependency -> ecosystem == Ecosystem.NODE ? linked(dependency).orElse(dependency) : dependency);
    }

    /**
     * The package an npm {@code file:} dependency points to, at the version its own
     * {@code package.json} gives: {@code "@mistralai/mistralai": "file:../"} in the SDK's examples
     * is the SDK of that checkout. Only inside the project; elsewhere the constraint stays as written.
     */
    private Optional<Dependency> linked(Dependency dependency) {
        String written = dependency.version().written().trim();
        if (!written.startsWith("file:") || dependency.itself()) {
            return Optional.empty();
        }
        String declaring = dependency.manifest().contains("/")
                ? dependency.manifest().substring(0, dependency.manifest().lastIndexOf('/')) : "";
        Path target = root.resolve(declaring).resolve(written.substring("file:".length())).normalize();
        if (!target.startsWith(root.normalize())) {
            return Optional.empty();
        }
        String relative = root.normalize().relativize(target).toString().replace('\\', '/');
        String path = relative.isEmpty() ? "package.json" : relative + "/package.json";
        return manifest(path).flatMap(Manifest::itself)
                .filter(own -> Dependency.normalise(own.name()).equals(Dependency.normalise(dependency.name())))
                .map(own -> new Dependency(dependency.name(), own.version(),
                        dependency.manifest() + ": " + written + ", " + path, false));
    }

    private Optional<Manifest> manifest(String path) {
        return read.computeIfAbsent(path, this::load);
    }

    private Optional<Manifest> load(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            return Optional.empty(); // absent, or a directory named like a manifest
        }
        Optional<byte[]> bytes;
        try {
            bytes = ContainedFile.readInside(root, file, path, MAX_BYTES);
        } catch (ContainedFile.Refused e) {
            return Optional.of(Manifest.unreadable(path, e.reason()));
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String text = TextFiles.decode(bytes.get());
        if (path.endsWith("package.json")) {
            return Optional.of(PackageJson.read(path, text));
        }
        if (path.endsWith("pom.xml")) {
            return Optional.of(MavenPom.read(path, text));
        }
        if (path.endsWith(".gradle") || path.endsWith(".gradle.kts")) {
            return Optional.of(GradleBuild.read(path, text));
        }
        return Optional.of(path.endsWith(".toml") ? PythonRequirements.pyproject(path, text)
                : PythonRequirements.requirementsTxt(path, text));
    }
}
