package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Outcome;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.ChecklistSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code mistral-ready schema} prints the JSON Schema of checklist.yaml generated from the registered
 * gate types, and docs/checklist.schema.json is exactly that output. Run with
 * {@code -Dmistral-ready.update-schema=true} to rewrite the file from the generator.
 */
class SchemaCommandTest {

    private static final Path SHIPPED = Path.of("docs", "checklist.schema.json");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON_OF_SCHEMA = new ObjectMapper();
    private static final Pattern QUOTED_SCALAR = Pattern.compile(": string found, \\[?(boolean|integer|number)(, null])? expected$");

    @TempDir
    Path work;

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        CliRun run = CliRun.in(work, "schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        if (Boolean.getBoolean("mistral-ready.update-schema")
                && (!Files.exists(SHIPPED) || !Files.readString(SHIPPED, StandardCharsets.UTF_8).equals(run.out()))) {
            Files.createDirectories(SHIPPED.getParent());
            Files.writeString(SHIPPED, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(SHIPPED).as("docs/checklist.schema.json differs from `mistral-ready schema`; run: mvn -q test"
                + " -Dtest=SchemaCommandTest -Dmistral-ready.update-schema=true").exists();
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8)).as("docs/checklist.schema.json differs from "
                + "`mistral-ready schema`; run: mvn -q test -Dtest=SchemaCommandTest -Dmistral-ready.update-schema=true")
                .isEqualTo(run.out());
    }

    @Test
    void isADraft07SchemaByTheMetaSchema() throws IOException {
        Schema metaSchema;
        try (InputStream in = Schema.class.getResourceAsStream("/draft-07/schema")) { // bundled: nothing is fetched
            assertThat(in).as("the draft-07 meta-schema in the validator's jar").isNotNull();
            metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        String generated = ChecklistSchema.of(CheckRegistry.installed()).text();
        assertThat(JSON_OF_SCHEMA.readTree(generated).get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(metaSchema.validate(generated, InputFormat.JSON)).isEmpty();
        assertThat(metaSchema.validate("{\"type\": 5}", InputFormat.JSON)).as("the meta-schema does catch a bad schema")
                .isNotEmpty();
    }

    @Test
    void everyBuiltInOptionHasAShape() {
        ChecklistSchema schema = ChecklistSchema.of(CheckRegistry.installed());
        assertThat(schema.untypedOptions()).as("options whose Java type says nothing of their YAML: give the value type "
                + "an @OptionSchema").isEmpty();
        JsonNode json = schema.json();
        assertThat(json.at("/definitions/gate/properties/type/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CheckRegistry.installed().types());
        assertThat(json.at("/definitions/with-command/required")).extracting(JsonNode::asText).containsExactly("run");
        assertThat(json.at("/definitions/with-command/properties/run/description").asText())
                .contains("a shell string, or a list of arguments");
        assertThat(json.at("/definitions/with-prometheus-query/properties/queries/items/properties/op/enum"))
                .extracting(JsonNode::asText).containsExactly(">", ">=", "<", "<=", "==", "!=", "null");
        assertThat(json.at("/definitions/with-secret-scan/properties/rules/items/required"))
                .extracting(JsonNode::asText).containsExactly("id", "regex");
        assertThat(json.at("/definitions/with-secret-scan/properties/rules/items/properties/starts-at-keyword/type"))
                .extracting(JsonNode::asText).containsExactly("boolean", "null");
    }

    @Test
    void acceptsEveryChecklistOfTheRepositoryAndTheBuiltInOne() throws IOException {
        Schema schema = generated(CheckRegistry.installed());
        List<Path> checklists = new ArrayList<>(List.of(Path.of("checklist.yaml")));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.map(example -> example.resolve("checklist.yaml")).filter(Files::isRegularFile).sorted()
                    .forEach(checklists::add);
        }
        assertThat(checklists).hasSizeGreaterThanOrEqualTo(3);
        for (Path checklist : checklists) {
            assertThat(violations(schema, Files.readString(checklist, StandardCharsets.UTF_8))).as(checklist.toString())
                    .isEmpty();
        }
        try (InputStream builtIn = ChecklistSource.class.getResourceAsStream("/dev/mistralready/checklist.yaml")) {
            assertThat(builtIn).as("the built-in checklist").isNotNull();
            assertThat(violations(schema, new String(builtIn.readAllBytes(), StandardCharsets.UTF_8))).as("built-in")
                    .isEmpty();
        }
    }

    @Test
    void acceptsEveryFixtureChecklistThatValidates() throws IOException {
        Schema schema = generated(CheckRegistry.installed());
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources"))) {
            fixtures = files.filter(file -> file.getFileName().toString().equals("checklist.yaml")).sorted().toList();
        }
        int valid = 0;
        for (Path fixture : fixtures) {
            if (CliRun.in(work, "validate", fixture.getParent().toAbsolutePath().toString()).exitCode() == 0) {
                valid++;
                assertThat(violations(schema, Files.readString(fixture, StandardCharsets.UTF_8))).as(fixture.toString())
                        .isEmpty();
            }
        }
        assertThat(valid).as("fixture checklists that validate").isPositive();
    }

    @Test
    void acceptsEmptyValuesWhereTheLoaderReadsThemAsAbsent() throws IOException {
        String checklist = "version: 1\ngates:\n"
                + "  - id: runbook\n    type: runbook\n    title:\n    phase:\n    timeout:\n    disable:\n    with:\n"
                + "  - id: tests\n    type: command\n    severity:\n    with: {run: 'true', cwd: , env: }\n";
        Files.writeString(work.resolve("checklist.yaml"), checklist, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("README.md"), "a project\n", StandardCharsets.UTF_8);
        CliRun validate = CliRun.in(work, "validate", work.toString());
        assertThat(validate.exitCode()).as("validate: " + validate.err()).isZero();
        assertThat(violations(generated(CheckRegistry.installed()), checklist)).isEmpty();
    }

    static Stream<Arguments> checklistsTheLoaderRejects() {
        return Stream.of(
                Arguments.of("an unknown top-level key", "version: 1\nname: x\ngates: []\n", ": property 'name' is not defined"),
                Arguments.of("an unknown gate key", gate("id: tests\n    type: command\n    timout: 2m\n    with: {run: npm test}"),
                        "/gates/0: property 'timout' is not defined"),
                Arguments.of("an unknown option", gate("id: tests\n    type: command\n    with: {run: npm test, cwdd: app}"),
                        "/gates/0/with: property 'cwdd' is not defined"),
                Arguments.of("an unknown gate type", gate("id: tests\n    type: comand\n    with: {run: npm test}"), "/gates/0/type: does not have a value in the enumeration"),
                Arguments.of("a missing id", gate("type: command\n    with: {run: npm test}"), "/gates/0: required property 'id' not found"),
                Arguments.of("a missing type", gate("id: tests\n    with: {run: npm test}"), "/gates/0: required property 'type' not found"),
                Arguments.of("a missing required option", gate("id: tests\n    type: command\n    with: {cwd: app}"), "/gates/0/with: required property 'run' not found"),
                Arguments.of("a required option without `with`", gate("id: tests\n    type: command"), "/gates/0: required property 'with' not found"),
                Arguments.of("a required option under an empty `with`", gate("id: tests\n    type: command\n    with:"),
                        "/gates/0/with: null found, object expected"),
                Arguments.of("a list where a boolean goes", gate("id: probe\n    type: credential-probe\n    with: {required: [yes]}"),
                        "/gates/0/with/required: array found, [boolean, null] expected"),
                Arguments.of("a text where a number goes", gate("id: health\n    type: http-health\n    with: {url-env: H, expect-status: ok}"),
                        "/gates/0/with/expect-status: string found, [integer, null] expected"),
                Arguments.of("a mapping where a command goes", gate("id: tests\n    type: command\n    with: {run: {npm: test}}"),
                        "/gates/0/with/run: object found, string expected"),
                Arguments.of("a bad duration", gate("id: tests\n    type: command\n    timeout: 10 minutes\n    with: {run: npm test}"),
                        "/gates/0/timeout: does not match the regex pattern"),
                Arguments.of("an unknown severity", gate("id: tests\n    type: command\n    severity: fatal\n    with: {run: npm test}"),
                        "/gates/0/severity: does not have a value in the enumeration"),
                Arguments.of("an unknown phase", gate("id: tests\n    type: command\n    phase: canery\n    with: {run: npm test}"),
                        "/gates/0/phase: does not have a value in the enumeration"),
                Arguments.of("a bad gate id", gate("id: -tests\n    type: command\n    with: {run: npm test}"), "/gates/0/id: does not match the regex pattern"),
                Arguments.of("an unknown key in a nested option",
                        gate("id: canary\n    type: http-health\n    with: {url-env: H, watch: {for: 10m, evry: 1m}}"), "/gates/0/with/watch: property 'evry' is not defined"),
                Arguments.of("an unknown comparison", gate("id: prom\n    type: prometheus-query\n    with: {url-env: P, "
                        + "queries: [{name: q, query: up, op: '>>', threshold: 1}]}"), "/gates/0/with/queries/0/op: does not have a value in the enumeration"),
                Arguments.of("another version", "version: 2\ngates: []\n", "/version: must be the constant value '1'"),
                Arguments.of("no gates", "version: 1\n", ": required property 'gates' not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checklistsTheLoaderRejects")
    void rejectsWhatValidateRejects(String what, String checklist, String expected) throws IOException {
        Files.writeString(work.resolve("checklist.yaml"), checklist, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("README.md"), "a project\n", StandardCharsets.UTF_8);
        CliRun validate = CliRun.in(work, "validate", work.toString());
        assertThat(validate.exitCode()).as("validate: " + validate.err()).isEqualTo(2);

        List<String> violations = violations(generated(CheckRegistry.installed()), checklist);
        assertThat(violations).as(what).anySatisfy(violation -> assertThat(violation).startsWith(expected));
    }

    @Test
    void aGateTypeOnTheClassPathGetsItsOwnOptions() {
        ChecklistSchema schema = ChecklistSchema.of(CheckRegistry.of(List.of(new Greeting())));
        Schema validator = generated(CheckRegistry.of(List.of(new Greeting())));
        assertThat(schema.untypedOptions()).isEmpty();
        assertThat(violations(validator, gate("id: hi\n    type: greeting\n    with: {name: Ada, times: 2}"))).isEmpty();
        assertThat(violations(validator, gate("id: hi\n    type: greeting\n    with: {times: 2}"))).isNotEmpty();
        assertThat(violations(validator, gate("id: hi\n    type: greeting\n    with: {name: Ada, times: twice}")))
                .singleElement().asString().contains("times");
        assertThat(violations(validator, gate("id: tests\n    type: command\n    with: {run: npm test}")))
                .as("a type this registry lacks").isNotEmpty();
    }

    /**
     * The schema is never stricter than {@code validate}: every mutant of the built-in checklist that
     * validates is accepted, but for one difference on purpose. Jackson reads {@code "false"} and
     * {@code "200"} in quotes as a boolean and a number; the schema asks for the value unquoted.
     */
    @Test
    void acceptsEveryMutantOfTheBuiltInChecklistThatValidates() throws IOException {
        Schema schema = generated(CheckRegistry.installed());
        ChecklistMutations mutations = new ChecklistMutations(20261202L, ChecklistSource.builtInText(), HostileValues.all());
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("README.md"), "a project\n", StandardCharsets.UTF_8);
        List<String> stricter = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < 300; i++) {
            String mutant = mutations.next();
            Files.writeString(project.resolve("checklist.yaml"), mutant, StandardCharsets.UTF_8);
            if (CliRun.in(work, "validate", project.toString()).exitCode() != 0) {
                continue;
            }
            valid++;
            List<String> violations = violations(schema, mutant).stream()
                    .filter(violation -> !QUOTED_SCALAR.matcher(violation).find()).toList();
            if (!violations.isEmpty()) {
                stricter.add(violations + "\n" + mutant);
            }
        }
        assertThat(valid).as("mutants that validate").isGreaterThan(20);
        assertThat(stricter).as("valid mutants the schema rejects").isEmpty();
    }

    private static String gate(String keys) {
        return "version: 1\ngates:\n  - " + keys + "\n";
    }

    private static Schema generated(CheckRegistry registry) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(ChecklistSchema.of(registry).text(), InputFormat.JSON);
    }

    private static List<String> violations(Schema schema, String yaml) {
        try {
            JsonNode checklist = YAML.readTree(yaml);
            return schema.validate(checklist.toString(), InputFormat.JSON).stream()
                    .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A gate type as a plugin would add one. */
    static final class Greeting implements Check<Greeting.Options> {
        record Options(@OptionDoc(value = "who to greet", required = true) String name,
                       @OptionDoc("how often") int times) {
        }

        @Override
        public String type() {
            return "greeting";
        }

        @Override
        public String summary() {
            return "greets";
        }

        @Override
        public Class<Options> optionsType() {
            return Options.class;
        }

        @Override
        public Outcome run(Options options, CheckContext context) {
            return Outcome.pass("hello " + options.name());
        }
    }
}
