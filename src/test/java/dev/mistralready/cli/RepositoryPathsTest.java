package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryPathsTest {

    private static final String CHECKLIST = "version: 1\ngates:\n  - {id: build, type: command, with: {run: 'true'}}\n";

    @TempDir
    Path work;

    @Test
    void projectFilesArePrefixedWithDirRelativeToTheWorkspace() throws Exception {
        Path root = Files.createDirectories(work.resolve("services/chat")).toRealPath();
        Files.writeString(root.resolve("checklist.yaml"), CHECKLIST);
        ChecklistSource source = ChecklistSource.find(Optional.empty(), root, work);

        RepositoryPaths paths = new RepositoryPaths(work.toRealPath(), root, work, source);

        assertThat(paths.of("src/chat.js")).contains("services/chat/src/chat.js");
        assertThat(paths.of("checklist.yaml")).contains("services/chat/checklist.yaml");
    }

    @Test
    void aChecklistGivenWithDashCIsFoundWhereTheUserNamedIt() throws Exception {
        Path root = Files.createDirectories(work.resolve("app")).toRealPath();
        Files.createDirectories(work.resolve("ci"));
        Files.writeString(work.resolve("ci/checklist.yaml"), CHECKLIST);
        ChecklistSource source = ChecklistSource.find(Optional.of(Path.of("ci/checklist.yaml")), root, work);

        RepositoryPaths paths = new RepositoryPaths(work.toRealPath(), root, work, source);

        assertThat(source.anchorName()).isEqualTo("ci/checklist.yaml");
        assertThat(paths.of("ci/checklist.yaml")).contains("ci/checklist.yaml");
        assertThat(paths.of("src/Main.java")).contains("app/src/Main.java");
    }

    @Test
    void theBuiltInChecklistAndFilesOutsideTheWorkspaceHaveNoRepositoryPath() throws Exception {
        Path workspace = Files.createDirectories(work.resolve("repo")).toRealPath();
        Path root = Files.createDirectories(work.resolve("elsewhere")).toRealPath();
        ChecklistSource source = ChecklistSource.find(Optional.empty(), root, workspace);

        RepositoryPaths paths = new RepositoryPaths(workspace, root, workspace, source);

        assertThat(paths.of(ChecklistSource.BUILT_IN_NAME)).isEmpty();
        assertThat(paths.of("src/chat.js")).isEmpty();
    }
}
