package dev.mistralready.cli;

import dev.mistralready.check.Location;
import dev.mistralready.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the SARIF report puts each result, as code scanning needs it. Code scanning reads a URI as a path
 * in the repository and ignores {@code uriBaseId}, so paths are relative to the repository's root: the
 * GitHub workspace, else the git work tree around DIR, else DIR itself; {@code check services/chat}
 * then reports {@code services/chat/src/chat.js}. A result on a line of a checklist that is no file in the
 * repository (the built-in one) is placed on line 1 of the project's manifest, the file that stands for
 * the project, because one result without a location makes code scanning refuse the whole file.
 */
final class SarifPlacement implements SarifReport.Placement {

    /** The files that stand for a project, most telling first. */
    static final List<String> PROJECT_FILES = List.of("package.json", "pyproject.toml", "requirements.txt", "pom.xml",
            "build.gradle.kts", "build.gradle", "go.mod", "Cargo.toml", "README.md");

    private final RepositoryPaths paths;
    private final Optional<Location> projectFile;

    private SarifPlacement(RepositoryPaths paths, Optional<Location> projectFile) {
        this.paths = paths;
        this.projectFile = projectFile;
    }

    static SarifPlacement of(Map<String, String> environment, Path workingDirectory, Path root, ChecklistSource source) {
        RepositoryPaths paths = new RepositoryPaths(repositoryRoot(environment, workingDirectory, root), real(root),
                workingDirectory, source);
        Optional<Location> projectFile = PROJECT_FILES.stream()
                .filter(name -> Files.isRegularFile(root.resolve(name)))
                .findFirst()
                .flatMap(paths::of)
                .map(path -> Location.of(path, 1));
        return new SarifPlacement(paths, projectFile);
    }

    Path repositoryRoot() {
        return paths.workspace();
    }

    @Override
    public Optional<Location> place(Location reported, boolean onChecklist) {
        Optional<Location> inRepository = paths.of(reported.file())
                .map(path -> new Location(path, reported.line(), reported.column()));
        return inRepository.isPresent() || !onChecklist ? inRepository : projectFile;
    }

    /** GITHUB_WORKSPACE when DIR is in it, else the nearest directory above DIR with a {@code .git}, else DIR. */
    static Path repositoryRoot(Map<String, String> environment, Path workingDirectory, Path root) {
        Path project = real(root);
        String workspace = environment.getOrDefault("GITHUB_WORKSPACE", "");
        if (!workspace.isBlank()) {
            try {
                Path checkout = real(workingDirectory.resolve(workspace));
                if (project.startsWith(checkout)) {
                    return checkout;
                }
            } catch (InvalidPathException e) {
                // not a path: fall back to the work tree
            }
        }
        for (Path dir = project; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return project;
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
