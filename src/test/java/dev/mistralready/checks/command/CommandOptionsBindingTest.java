package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gate's {@code with:} block binds as the engine binds it: YAML, unknown keys rejected. */
class CommandOptionsBindingTest {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CommandOptions bind(String text) throws Exception {
        return yaml.readValue(text, CommandOptions.class);
    }

    @Test
    void bindsAStringAsAShellCommandWithEverythingElseEmpty() throws Exception {
        CommandOptions options = bind("run: npm test\n");

        assertThat(options.run()).isEqualTo(Invocation.shell("npm test"));
        assertThat(options.run().viaShell()).isTrue();
        assertThat(options.cwd()).isEmpty();
        assertThat(options.env()).isEmpty();
        assertThat(options.ifExists()).isEmpty();
    }

    @Test
    void bindsAListAsArgumentsRunWithoutAShell() throws Exception {
        CommandOptions options = bind("run: [npx, --yes, \"a b\", 5]\n");

        assertThat(options.run().viaShell()).isFalse();
        assertThat(options.run().arguments()).containsExactly("npx", "--yes", "a b", "5");
        assertThat(options.run().display()).isEqualTo("npx --yes 'a b' 5");
    }

    @Test
    void bindsEveryOptionWithItsKebabCaseKey() throws Exception {
        CommandOptions options = bind("""
                run: ./gradlew check
                cwd: backend
                env:
                  CI: "true"
                  RETRIES: 3
                if-exists: backend/build.gradle
                """);

        assertThat(options.cwd()).contains("backend");
        assertThat(options.env()).containsExactlyInAnyOrderEntriesOf(Map.of("CI", "true", "RETRIES", "3"));
        assertThat(options.ifExists()).contains("backend/build.gradle");
    }

    @Test
    void rejectsAMissingRun() {
        assertThatThrownBy(() -> bind("cwd: web\n"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("run");
    }

    @Test
    void rejectsAMappingAsRunWithAMessageForUsers() {
        assertThatThrownBy(() -> bind("run: {a: 1}\n"))
                .isInstanceOf(ValueInstantiationException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`run` must be a command string or a list of arguments");
    }

    @Test
    void rejectsEmptyRunAndListsOfNonScalars() {
        for (String text : List.of("run: \"\"\n", "run: []\n", "run: [[a]]\n", "run: [{a: 1}]\n", "run: [\"\", x]\n", "run:\n")) {
            assertThatThrownBy(() -> bind(text)).as(text)
                    .rootCause().hasMessageStartingWith("`run` must be a command string or a list of arguments");
        }
    }

    @Test
    void rejectsUnknownKeysSuchAsCamelCaseSpellings() {
        assertThatThrownBy(() -> bind("run: make\nifExists: Makefile\n"))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("ifExists");
    }

    @Test
    void rejectsAnEnvVariableWithoutAValue() {
        assertThatThrownBy(() -> bind("run: make\nenv:\n  TOKEN:\n"))
                .rootCause().hasMessageContaining("`TOKEN`");
    }

    @Test
    void blankOptionalPathsCountAsAbsent() {
        CommandOptions options = new CommandOptions(Invocation.shell("make"), Optional.of(" "), null, null);

        assertThat(options.cwd()).isEmpty();
        assertThat(options.env()).isEmpty();
        assertThat(options.ifExists()).isEmpty();
    }
}
