package dev.mistralready.project.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileSelectionTest {

    @Test
    void normalisesPathsToRelativeForwardSlashPaths() {
        FileSelection selection = FileSelection.paths(List.of("./src/", "docs\\api", "src", "a//b/./c"));

        assertThat(selection.paths()).containsExactly("src", "docs/api", "a/b/c");
    }

    @Test
    void theRootAmongThePathsSelectsEverything() {
        assertThat(FileSelection.paths(List.of("src", ".")).paths()).isEmpty();
        assertThat(FileSelection.paths(List.of("./")).paths()).isEmpty();
    }

    @Test
    void rejectsPathsOutsideTheRoot() {
        assertThatThrownBy(() -> FileSelection.paths(List.of("../other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path '../other' leaves the project root; use a path inside it, like src");
        assertThatThrownBy(() -> FileSelection.paths(List.of("/etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be relative to the project root");
    }

    @Test
    void normalisesExcludePatterns() {
        FileSelection selection = FileSelection.excluding(List.of("/vendor/", "./build/**", " *.lock "));

        assertThat(selection.exclude()).containsExactly("vendor/**", "build/**", "*.lock");
    }

    @Test
    void rejectsAnInvalidOrEmptyGlob() {
        assertThatThrownBy(() -> FileSelection.excluding(List.of("src/[a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("exclude pattern 'src/[a' is not a valid glob");
        assertThatThrownBy(() -> FileSelection.excluding(List.of("  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void allSelectsEverything() {
        assertThat(FileSelection.ALL).isEqualTo(new FileSelection(List.of(), List.of()));
    }
}
