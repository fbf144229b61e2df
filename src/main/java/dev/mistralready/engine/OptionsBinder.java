package dev.mistralready.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.mistralready.check.Check;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Quoted;
import dev.mistralready.checklist.Checklist;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.checklist.ChecklistProblem;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.checklist.Gate;
import dev.mistralready.checklist.SourceMap;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Binds a gate's {@code with:} block to its check's options record; every mistake becomes a
 * {@link ChecklistProblem} at the offending key or value, saying what would be valid.
 */
final class OptionsBinder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // `required: 4294967297` is not true, and `expect-status: 1.5` is not 1: refuse rather than guess
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Boolean,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("human-durations").addDeserializer(Duration.class, new HumanDurationDeserializer()))
            .build();

    private final Checklist checklist;

    OptionsBinder(Checklist checklist) {
        this.checklist = checklist;
    }

    /** The bound options, or the problem that stops them binding. */
    Object bind(Gate gate, Check<?> check) throws BindingProblem {
        ObjectNode options = gate.options();
        String withPointer = SourceMap.child(gate.pointer(), "with");
        List<OptionSpec> specs = OptionsShape.of(check.optionsType());
        for (OptionSpec spec : specs) {
            if (spec.required() && (!options.has(spec.name()) || options.get(spec.name()).isNull())) {
                throw new BindingProblem(checklist.problemAtKey(gate.pointer(), "gate `" + gate.id() + "` (type "
                        + check.type() + ") needs option `" + spec.name() + "` under `with:` (" + describeSpec(spec) + ")"));
            }
        }
        try {
            return MAPPER.treeToValue(options, check.optionsType());
        } catch (UnrecognizedPropertyException e) {
            String name = e.getPropertyName();
            if (e.getPath().size() > 1) {
                throw new BindingProblem(checklist.problemAtKey(pointerOf(withPointer, e), nestedUnknown(e)));
            }
            List<String> valid = specs.stream().map(OptionSpec::name).toList();
            throw new BindingProblem(checklist.problemAtKey(pointerOf(withPointer, e),
                    "gate type `" + check.type() + "` has no option `" + Quoted.excerpt(name) + "`" + hint(name, valid)
                            + " (options: " + (valid.isEmpty() ? "none" : String.join(", ", valid)) + ")"));
        } catch (JsonMappingException e) {
            String pointer = pointerOf(withPointer, e);
            throw new BindingProblem(checklist.problemAtValue(pointer, explain(e, pointer, options, withPointer, specs)));
        } catch (IOException | IllegalArgumentException e) {
            throw new BindingProblem(checklist.problemAtValue(withPointer, "invalid options: " + e.getMessage()));
        }
    }

    /** {@code option `watch` has no key `evry`; did you mean `every`? (keys: for, every, max-failures)}. */
    private static String nestedUnknown(UnrecognizedPropertyException e) {
        String name = e.getPropertyName();
        List<JsonMappingException.Reference> parents = e.getPath().subList(0, e.getPath().size() - 1);
        String parent = parents.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("with");
        List<String> keys = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return "option `" + parent + "` has no key `" + Quoted.excerpt(name) + "`" + DidYouMean.hint(name, keys)
                + (keys.isEmpty() ? "" : " (keys: " + String.join(", ", keys) + ")");
    }

    /**
     * A near spelling; else an option that ends with the name ({@code timeout} → {@code request-timeout});
     * and, for a gate's own key written under {@code with:}, where it belongs.
     */
    private static String hint(String name, List<String> valid) {
        String hint = DidYouMean.hint(name, valid);
        if (hint.isEmpty()) {
            hint = valid.stream().filter(option -> option.endsWith("-" + name)).findFirst()
                    .map(option -> "; did you mean `" + option + "`?").orElse("");
        }
        if (ChecklistLoader.GATE_KEYS.contains(name)) {
            hint += " A gate's own `" + name + "` goes beside `with:`, not in it";
        }
        return hint;
    }

    private static String explain(JsonMappingException e, String pointer, ObjectNode options, String withPointer,
                                  List<OptionSpec> specs) {
        Optional<String> userMessage = userFacingCause(e);
        String option = optionName(e);
        if (userMessage.isPresent()) {
            return "option `" + option + "`: " + userMessage.get();
        }
        Optional<OptionSpec> spec = specs.stream().filter(s -> s.name().equals(option)).findFirst();
        String expected = spec.map(s -> withArticle(s.valueType()) + (s.description().isEmpty() ? "" : " (" + s.description() + ")"))
                .orElse("a different value");
        String got = ChecklistLoader.describe(options.at(pointer.substring(withPointer.length())));
        return "option `" + option + "` must be " + expected + ", but is " + got;
    }

    /** Messages our own options types throw (IllegalArgumentException) are written for users. */
    private static Optional<String> userFacingCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return Optional.of(cause.getMessage());
            }
        }
        return Optional.empty();
    }

    private static String optionName(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("with");
    }

    private static String pointerOf(String withPointer, JsonMappingException e) {
        String pointer = withPointer;
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer = reference.getFieldName() != null
                    ? SourceMap.child(pointer, reference.getFieldName())
                    : SourceMap.child(pointer, reference.getIndex());
        }
        return pointer;
    }

    private static String describeSpec(OptionSpec spec) {
        return spec.description().isEmpty() ? spec.valueType() : spec.valueType() + ": " + spec.description();
    }

    private static String withArticle(String type) {
        return switch (type) {
            case "list", "mapping", "number", "duration" -> "a " + type;
            default -> type;
        };
    }

    /** A problem found while binding; carries the located message for the checklist error. */
    static final class BindingProblem extends Exception {
        private final ChecklistProblem problem;

        BindingProblem(ChecklistProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ChecklistProblem problem() {
            return problem;
        }
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}: durations as people write them. */
    private static final class HumanDurationDeserializer extends StdScalarDeserializer<Duration> {
        HumanDurationDeserializer() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return DurationText.parse(parser.getValueAsString(parser.getText()));
        }
    }
}
