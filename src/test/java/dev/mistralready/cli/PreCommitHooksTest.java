package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestFiles;
import dev.mistralready.project.files.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit framework's manifest (.pre-commit-hooks.yaml) names a hook that runs the launcher
 * of this repository with `check --staged`, once per commit and without file names, and that
 * command does what the hook promises on a staged key.
 */
@ExtendWith(HermeticGit.class)
class PreCommitHooksTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path project;

    private static JsonNode hook() throws Exception {
        JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        assertThat(hooks).hasSize(1);
        return hooks.get(0);
    }

    @Test
    void declaresTheSecretHookAsAScriptRunOncePerCommit() throws Exception {
        JsonNode hook = hook();

        assertThat(hook.get("id").asText()).isEqualTo("mistral-ready-secrets");
        assertThat(hook.get("name").asText()).isNotBlank();
        assertThat(hook.get("entry").asText()).isEqualTo("dist/mistral-ready check --staged");
        assertThat(hook.get("language").asText()).isEqualTo("script");
        assertThat(hook.get("pass_filenames").asBoolean(true)).isFalse();
        assertThat(hook.get("always_run").asBoolean(false)).isTrue();
        assertThat(hook.get("stages")).extracting(JsonNode::asText).containsExactly("pre-commit");
        // `pre-commit` as a stage name is 3.2.0's; older versions would reject the manifest less clearly
        assertThat(hook.get("minimum_pre_commit_version").asText()).isEqualTo("3.2.0");
    }

    @Test
    void theEntryIsAnExecutableOfThisRepository() throws Exception {
        // a script hook's entry is relative to the root of the hook repository as pre-commit cloned it
        Path executable = Path.of(hook().get("entry").asText().split(" ")[0]);

        assertThat(executable).isRegularFile();
        assertThat(Files.isExecutable(executable)).isTrue();
    }

    @Test
    void theEntrysCommandFailsOnAStagedKey() throws Exception {
        List<String> arguments = Arrays.asList(hook().get("entry").asText().split(" "));
        String[] command = arguments.subList(1, arguments.size()).toArray(String[]::new);
        try (TestRepository repo = TestRepository.init(project)) {
            TestFiles.write(project, "README.md", "# app\n");
            repo.commitAll("initial");
            TestFiles.write(project, "app.py", "MISTRAL_API_KEY = \"" + new Keys(1618).mistral() + "\"\n");
            repo.add("app.py");
        }

        CliRun staged = CliRun.in(project, command);

        assertThat(staged.exitCode()).isEqualTo(1);
        assertThat(staged.out()).contains("error MR-SEC-001 app.py:1:20");
    }
}
