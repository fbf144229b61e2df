package dev.mistralready.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings a team has accepted for now, by {@link Fingerprint}, so a gate adopted on an old
 * repository fails only on new ones. The file ({@value #DEFAULT_FILE}) lists one entry per
 * fingerprint, sorted, with no line numbers and no timestamps: rewriting it without a change in the
 * findings leaves it byte for byte the same, so it does not churn or conflict in merges.
 */
public final class Baseline {

    public static final String SCHEMA = "mistral-ready/baseline@1";
    public static final String DEFAULT_FILE = ".mistral-ready-baseline.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** A baseline file that cannot be used, with a message naming the file and what is wrong. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * Reads the bytes of a baseline file written by {@link #write}; {@code shownAs} is how messages
     * name it. Quoted JSON is redacted: a broken baseline may hold a key.
     */
    public static Baseline parse(byte[] json, String shownAs) throws Unusable {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new Unusable(shownAs + position + ": the baseline file is not valid JSON: "
                    + Quoted.excerpt(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new Unusable("baseline file " + shownAs + " cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
            throw new Unusable(shownAs + ": not a baseline file (expected \"schema\": \"" + SCHEMA
                    + "\"); write one with `mistral-ready baseline`");
        }
        JsonNode entries = root.path("findings");
        if (!entries.isArray()) {
            throw new Unusable(shownAs + ": expected a `findings` list in the baseline file");
        }
        Set<String> fingerprints = new LinkedHashSet<>();
        for (JsonNode entry : entries) {
            String fingerprint = entry.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new Unusable(shownAs + ": every entry in `findings` needs a `fingerprint`");
            }
            fingerprints.add(fingerprint);
        }
        return new Baseline(fingerprints);
    }

    public boolean contains(Finding finding) {
        return finding.fingerprint().map(fingerprints::contains).orElse(false);
    }

    public int size() {
        return fingerprints.size();
    }

    /** How many entries match none of {@code found}: leaks since fixed, which a rewrite drops. */
    public int unmatched(Collection<Finding> found) {
        Set<String> seen = new LinkedHashSet<>();
        found.forEach(finding -> finding.fingerprint().ifPresent(seen::add));
        return (int) fingerprints.stream().filter(fingerprint -> !seen.contains(fingerprint)).count();
    }

    /**
     * Writes a baseline of the findings that have a fingerprint, one entry each, sorted. Besides the
     * fingerprint each entry names the rule, file and message (already redacted) for the reviewer.
     */
    public static void write(Collection<Finding> findings, Writer out) throws IOException {
        Map<String, Finding> byFingerprint = new TreeMap<>();
        findings.stream()
                .filter(finding -> finding.fingerprint().isPresent())
                .forEach(finding -> byFingerprint.putIfAbsent(finding.fingerprint().orElseThrow(), finding));
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeArrayFieldStart("findings");
            for (Map.Entry<String, Finding> entry : byFingerprint.entrySet()) {
                Finding finding = entry.getValue();
                json.writeStartObject();
                json.writeStringField("fingerprint", entry.getKey());
                json.writeStringField("rule", finding.ruleId());
                json.writeStringField("file", finding.location().map(Location::file).orElse(""));
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** Two-space indent, {@code "key": value}, {@code \n} line ends on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
