package dev.mistralready.checks.runbook;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.project.files.FileSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookOptionsTest {

    @Test
    void defaultsLookInTheUsualPlacesAndDoNotRequireARunbook() {
        RunbookOptions options = RunbookOptions.bind(null, null, null, null, null);

        String text = "{md,markdown,adoc,rst,txt}";
        assertThat(options.paths()).containsExactly("*run{,-,_}book*." + text, "docs/**/*run{,-,_}book*." + text,
                "runbooks/**/*." + text, "docs/**/runbooks/**/*." + text, "docs/**/incident*." + text,
                "docs/**/incident*/**/*." + text);
        assertThat(options.required()).isFalse();
        assertThat(options.effectiveTopics()).extracting(RunbookTopic::ruleId)
                .containsExactly("MR-RUN-001", "MR-RUN-002", "MR-RUN-003", "MR-RUN-004", "MR-RUN-005", "MR-RUN-006",
                        "MR-RUN-007");
    }

    @Test
    void ownWordsReplaceThatTopicsDefaultsOnly() {
        List<RunbookTopic> topics = RunbookOptions.bind(null, null, Map.of("auth", List.of("credentials")), null, null)
                .effectiveTopics();

        assertThat(topics.get(4).words().words()).containsExactly("credentials");
        assertThat(topics.get(5).words().words()).contains("429");
    }

    @Test
    void rejectsAnUnknownTopicNamingTheKnownOnes() {
        assertThatThrownBy(() -> RunbookOptions.bind(null, null, Map.of("rollbak", List.of("x")), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`topics` names `rollbak`, which is not a runbook topic (topics: rollback, health, "
                        + "circuit-breaker, error-rate, auth, rate-limit, escalation)");
        assertThatThrownBy(() -> RunbookOptions.bind(null, null, null, List.of("cost"), null))
                .hasMessageStartingWith("`skip` names `cost`");
    }

    @Test
    void aboutDefaultsToMistralAndTheLlmAndRejectsAnEmptyWord() {
        assertThat(RunbookOptions.bind(null, null, null, null, null).about())
                .containsExactly("mistral", "llm", "model provider", "language model");
        assertThat(RunbookOptions.bind(null, null, null, null, List.of(" le chat ")).about()).containsExactly("le chat");
        assertThatThrownBy(() -> RunbookOptions.bind(null, null, null, null, List.of("…")))
                .hasMessage("`about` has an empty word; give words a runbook would contain, e.g. [mistral]");
    }

    @Test
    void rejectsATopicWithoutWordsAndPathsOutsideTheProject() {
        assertThatThrownBy(() -> RunbookOptions.bind(null, null, Map.of("auth", List.of()), null, null))
                .hasMessage("`topics.auth` needs at least one word, e.g. [auth]");
        assertThatThrownBy(() -> RunbookOptions.bind(List.of("../ops/RUNBOOK.md"), null, null, null, null))
                .hasMessageContaining("leaves the project root");
    }

    @Test
    void aDoubleStarAlsoMatchesNoDirectoryAndCaseDoesNotMatter() {
        RunbookPaths paths = RunbookPaths.of(List.of("RUNBOOK.md", "docs/runbook*.md", "docs/**/incident*.md"));

        assertThat(paths.firstMatch("docs/incident.md")).hasValue(2);
        assertThat(paths.firstMatch("docs/a/b/Incident-429.md")).hasValue(2);
        assertThat(paths.firstMatch("Docs/RUNBOOK-prod.md")).hasValue(1);
        assertThat(paths.firstMatch("runbook.md")).hasValue(0);
        assertThat(paths.firstMatch("docs/a/runbook.md")).isEmpty();
    }

    @Test
    void listsWhereTheGlobsStartAsSpelledOnDisk(@TempDir Path project) throws Exception {
        write(project, "Runbook.md", "# Runbook\n");
        write(project, "DOCS/guide.md", "# Guide\n");
        write(project, "README.md", "# Readme\n");
        RunbookPaths paths = RunbookPaths.of(RunbookOptions.DEFAULT_PATHS);

        assertThat(paths.selection(project)).map(FileSelection::paths).hasValue(List.of("DOCS", "Runbook.md"));
        assertThat(RunbookPaths.of(List.of("ops/**/*.md")).selection(project)).isEmpty();
        assertThat(RunbookPaths.of(List.of("**/RUNBOOK.md")).selection(project)).hasValue(FileSelection.ALL);
    }
}
