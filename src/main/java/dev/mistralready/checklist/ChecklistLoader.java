package dev.mistralready.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Quoted;
import dev.mistralready.check.Severity;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns checklist.yaml into a {@link Checklist}, rejecting anything malformed with every problem's
 * file, line, column and what would be valid.
 */
public final class ChecklistLoader {

    public static final int SUPPORTED_VERSION = 1;
    /** A checklist is a page or two of YAML; a larger file is refused before it is parsed. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final List<String> TOP_LEVEL_KEYS = List.of("version", "gates");
    /** The keys of a gate itself, beside {@code with:}. */
    public static final List<String> GATE_KEYS = List.of("id", "type", "title", "severity", "phase", "timeout", "disable",
            "with");
    /** The severities a gate may have; also listed by {@code mistral-ready schema}. */
    public static final List<String> GATE_SEVERITIES = List.of("error", "warning");
    /** What a gate id may look like; also the pattern of {@code mistral-ready schema}. */
    public static final Pattern GATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Ids and titles are read in reports and on a terminal line; longer ones are pasted by mistake. */
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_TITLE_LENGTH = 200;
    /** Enough for any command line, regex or JSON body; the whole file may be {@link #MAX_BYTES}. */
    public static final int MAX_OPTION_TEXT_LENGTH = 64 * 1024;

    private final String file;
    private final SourceMap sourceMap;
    private final List<ChecklistProblem> problems = new ArrayList<>();
    /** Keys suggested for a misspelt one: their absence is already explained, so not reported again. */
    private final Set<String> suggestedPointers = new HashSet<>();
    /** Gates whose id, type, options and disabled rules are well-formed, whatever else is wrong with them. */
    private final List<Gate> readable = new ArrayList<>();

    private ChecklistLoader(String file, SourceMap sourceMap) {
        this.file = file;
        this.sourceMap = sourceMap;
    }

    /**
     * Loads a checklist from the bytes of its file (read with {@code ContainedFile}, at most
     * {@link #MAX_BYTES}); {@code shownAs} is how messages name it.
     */
    public static Checklist load(byte[] bytes, String shownAs) throws ChecklistException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ChecklistException(new ChecklistProblem(shownAs, SourcePosition.START, "is not UTF-8 text"));
        }
        return parse(shownAs, text);
    }

    /** Parses checklist text; {@code shownAs} is how messages name it. */
    public static Checklist parse(String shownAs, String text) throws ChecklistException {
        LocatedTree tree = LocatedYamlReader.read(shownAs, text);
        return new ChecklistLoader(shownAs, tree.sourceMap()).validate(tree.root());
    }

    private Checklist validate(JsonNode root) throws ChecklistException {
        if (!root.isObject()) {
            problemAtValue("", "a checklist is a mapping with `version: 1` and `gates:`, but this is "
                    + describe(root));
            throw new ChecklistException(problems);
        }
        rejectUnknownKeys(root, "", TOP_LEVEL_KEYS, "checklist");
        int version = readVersion(root);
        List<Gate> gates = readGates(root);
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems, Optional.of(new Checklist(file, version, readable, sourceMap)));
        }
        return new Checklist(file, version, gates, sourceMap);
    }

    private int readVersion(JsonNode root) {
        JsonNode version = root.get("version");
        if (version == null) {
            missing("", "version", "missing `version: " + SUPPORTED_VERSION + "` at the top of the checklist");
            return SUPPORTED_VERSION;
        }
        if (!version.isIntegralNumber() || !version.bigIntegerValue().equals(BigInteger.valueOf(SUPPORTED_VERSION))) {
            problemAtValue("/version", "unsupported checklist version `" + Quoted.excerpt(version.asText())
                    + "`; this mistral-ready reads `version: " + SUPPORTED_VERSION + "`");
        }
        return SUPPORTED_VERSION;
    }

    private List<Gate> readGates(JsonNode root) {
        JsonNode gates = root.get("gates");
        List<Gate> result = new ArrayList<>();
        if (gates == null) {
            missing("", "gates", "missing `gates:`, the list of gates to run");
            return result;
        }
        if (gates.isNull()) {
            return result;
        }
        if (!gates.isArray()) {
            problemAtValue("/gates", "`gates` must be a list of gates (`- id: …`), but is " + describe(gates));
            return result;
        }
        Map<String, String> firstPointerById = new HashMap<>();
        for (int index = 0; index < gates.size(); index++) {
            String pointer = SourceMap.child("/gates", index);
            readGate(gates.get(index), pointer, firstPointerById).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Gate> readGate(JsonNode node, String pointer, Map<String, String> firstPointerById) {
        if (!node.isObject()) {
            problemAtValue(pointer, "a gate is a mapping with at least `id` and `type`, but this is " + describe(node));
            return Optional.empty();
        }
        int before = problems.size();
        rejectUnknownKeys(node, pointer, GATE_KEYS, "gate");
        Optional<String> id = requiredText(node, pointer, "id", "a unique name such as `tests`");
        id.ifPresent(value -> checkId(value, pointer, firstPointerById));
        Optional<String> type = requiredText(node, pointer, "type", "a gate type such as `command`");
        String title = optionalText(node, pointer, "title").orElse("");
        checkLength(SourceMap.child(pointer, "title"), "a title", title, MAX_TITLE_LENGTH);
        Severity severity = readSeverity(node, pointer);
        Phase phase = readPhase(node, pointer);
        Optional<Duration> timeout = readTimeout(node, pointer);
        int beforeOptions = problems.size();
        List<String> disabled = readDisabledRules(node, pointer);
        ObjectNode options = readOptions(node, pointer);
        if (id.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        Gate gate = new Gate(id.get(), type.get(), title, severity, phase, timeout, disabled, options, pointer,
                sourceMap.valueAt(pointer));
        if (problems.size() == beforeOptions) {
            readable.add(gate);
        }
        return problems.size() > before ? Optional.empty() : Optional.of(gate);
    }

    private void checkId(String id, String pointer, Map<String, String> firstPointerById) {
        String idPointer = SourceMap.child(pointer, "id");
        if (!checkLength(idPointer, "a gate id", id, MAX_ID_LENGTH)) {
            return;
        }
        if (!GATE_ID.matcher(id).matches()) {
            problemAtValue(idPointer, "gate id `" + Quoted.excerpt(id) + "` may contain only letters, digits, `.`, `_` and `-`, "
                    + "and must start with a letter or digit");
            return;
        }
        String first = firstPointerById.putIfAbsent(id, idPointer);
        if (first != null) {
            problemAtValue(idPointer, "duplicate gate id `" + id + "`; it is already used at line "
                    + sourceMap.valueAt(first).line() + " (gate ids must be unique)");
        }
    }

    private Severity readSeverity(JsonNode gate, String pointer) {
        Optional<String> text = optionalText(gate, pointer, "severity");
        if (text.isEmpty()) {
            return Severity.ERROR;
        }
        String value = text.get();
        if (!GATE_SEVERITIES.contains(value)) {
            problemAtValue(SourceMap.child(pointer, "severity"), "unknown severity `" + Quoted.excerpt(value) + "`"
                    + DidYouMean.hint(value, GATE_SEVERITIES) + " (valid: error, warning)");
            return Severity.ERROR;
        }
        return value.equals("warning") ? Severity.WARNING : Severity.ERROR;
    }

    private Phase readPhase(JsonNode gate, String pointer) {
        Optional<String> text = optionalText(gate, pointer, "phase");
        if (text.isEmpty()) {
            return Phase.PRE_DEPLOY;
        }
        Optional<Phase> phase = Phase.named(text.get());
        if (phase.isEmpty()) {
            problemAtValue(SourceMap.child(pointer, "phase"), "unknown phase `" + Quoted.excerpt(text.get()) + "`"
                    + DidYouMean.hint(text.get(), Phase.labels()) + " (phases: " + String.join(", ", Phase.labels()) + ")");
            return Phase.PRE_DEPLOY;
        }
        return phase.get();
    }

    private Optional<Duration> readTimeout(JsonNode gate, String pointer) {
        Optional<String> text = optionalText(gate, pointer, "timeout");
        try {
            return text.map(DurationText::parse);
        } catch (IllegalArgumentException e) {
            problemAtValue(SourceMap.child(pointer, "timeout"), "bad timeout: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * {@code disable: [MR-K8S-011, …]}: rule ids, each a text, none twice. Whether the gate's type has
     * them is for the planner to say, which knows the type.
     */
    private List<String> readDisabledRules(JsonNode gate, String pointer) {
        JsonNode disable = gate.get("disable");
        String listPointer = SourceMap.child(pointer, "disable");
        if (disable == null || disable.isNull()) {
            return List.of();
        }
        if (!disable.isArray()) {
            problemAtValue(listPointer, "`disable` must be a list of rule ids (`disable: [MR-K8S-011]`), but is "
                    + describe(disable));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < disable.size(); index++) {
            JsonNode item = disable.get(index);
            String itemPointer = SourceMap.child(listPointer, index);
            if (!item.isTextual() || item.asText().isBlank()) {
                problemAtValue(itemPointer, "a rule id such as `MR-K8S-011` was expected, but this is " + describe(item));
            } else if (ids.contains(item.asText().strip())) {
                problemAtValue(itemPointer, "rule `" + Quoted.excerpt(item.asText()) + "` is already in `disable`");
            } else {
                ids.add(item.asText().strip());
            }
        }
        return List.copyOf(ids);
    }

    private ObjectNode readOptions(JsonNode gate, String pointer) {
        JsonNode with = gate.get("with");
        if (with == null || with.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!with.isObject()) {
            problemAtValue(SourceMap.child(pointer, "with"),
                    "`with` must be a mapping of the gate type's options, but is " + describe(with));
            return JsonNodeFactory.instance.objectNode();
        }
        checkOptionTexts(with, SourceMap.child(pointer, "with"));
        return (ObjectNode) with;
    }

    /** Every key and text under {@code with:}, however deep, is at most {@link #MAX_OPTION_TEXT_LENGTH}. */
    private void checkOptionTexts(JsonNode node, String pointer) {
        if (node.isTextual()) {
            checkLength(pointer, "an option's text", node.asText(), MAX_OPTION_TEXT_LENGTH);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = SourceMap.child(pointer, field.getKey());
                if (field.getKey().length() > MAX_OPTION_TEXT_LENGTH) {
                    problems.add(new ChecklistProblem(file, sourceMap.keyAt(child), tooLong("an option's key",
                            field.getKey(), MAX_OPTION_TEXT_LENGTH)));
                }
                checkOptionTexts(field.getValue(), child);
            });
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                checkOptionTexts(node.get(index), SourceMap.child(pointer, index));
            }
        }
    }

    /** Whether {@code text} is within {@code limit} characters; if not, says so at {@code pointer}. */
    private boolean checkLength(String pointer, String what, String text, int limit) {
        if (text.length() <= limit) {
            return true;
        }
        problemAtValue(pointer, tooLong(what, text, limit));
        return false;
    }

    private static String tooLong(String what, String text, int limit) {
        return "`" + Quoted.excerpt(text) + "` is " + text.length() + " characters long; " + what + " may be at most "
                + limit + " characters";
    }

    private Optional<String> requiredText(JsonNode node, String pointer, String key, String expected) {
        if (!node.has(key)) {
            missing(pointer, key, "gate is missing `" + key + "` (" + expected + ")");
            return Optional.empty();
        }
        if (node.get(key).isNull()) {
            problemAtValue(SourceMap.child(pointer, key), "`" + key + "` is empty; expected " + expected);
            return Optional.empty();
        }
        return optionalText(node, pointer, key);
    }

    private Optional<String> optionalText(JsonNode node, String pointer, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            problemAtValue(SourceMap.child(pointer, key), "`" + key + "` must be a non-empty text, but is " + describe(value));
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private void rejectUnknownKeys(JsonNode node, String pointer, List<String> valid, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!valid.contains(name)) {
                DidYouMean.closest(name, valid).ifPresent(key -> suggestedPointers.add(SourceMap.child(pointer, key)));
                problems.add(new ChecklistProblem(file, sourceMap.keyAt(SourceMap.child(pointer, name)),
                        "unknown key `" + Quoted.excerpt(name) + "` in " + what + DidYouMean.hint(name, valid)
                                + " (valid: " + String.join(", ", valid) + ")"));
            }
        }
    }

    private void missing(String pointer, String key, String message) {
        if (!suggestedPointers.contains(SourceMap.child(pointer, key))) {
            problemAtValue(pointer, message);
        }
    }

    private void problemAtValue(String pointer, String message) {
        problems.add(new ChecklistProblem(file, sourceMap.valueAt(pointer), message));
    }

    /** Says what kind of YAML node a user wrote, for "expected X, but is Y" messages: a value only as a short excerpt. */
    public static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "empty";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual() && node.asText().isBlank()) {
            return "an empty text";
        }
        return "`" + Quoted.excerpt(node.asText()) + "`";
    }
}
