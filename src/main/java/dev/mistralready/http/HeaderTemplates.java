package dev.mistralready.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mistralready.check.Quoted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code headers} option: header names to values, in which {@code ${NAME}} stands for the
 * environment variable {@code NAME}, so a token can come from a CI secret
 * ({@code Authorization: "Bearer ${SMOKE_TOKEN}"}). Checked when the checklist is read; expanded when
 * the gate runs.
 */
public record HeaderTemplates(Map<String, String> templates) {

    public static final HeaderTemplates NONE = new HeaderTemplates(Map.of());

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public HeaderTemplates {
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    /** Reads and checks the mapping as written in checklist.yaml. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HeaderTemplates of(Map<String, String> written) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : written.entrySet()) {
            String name = header.getKey().trim();
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("`" + Quoted.excerpt(name) + "` is not a header name (letters, digits and "
                        + "!#$%&'*+.^_`|~-, such as Authorization)");
            }
            String value = header.getValue();
            if (value == null) {
                throw new IllegalArgumentException("header `" + name + "` has no value");
            }
            HeaderValue.firstUnsendable(value).ifPresent(position -> {
                throw new IllegalArgumentException("the value of header `" + name + "` contains a control or non-ASCII "
                        + "character (at position " + position + "), which cannot be sent in an HTTP header");
            });
            String withoutReferences = REFERENCE.matcher(value).replaceAll("");
            if (withoutReferences.contains("${")) {
                throw new IllegalArgumentException("the value of header `" + name + "` has a `${` that is not a variable "
                        + "reference; write ${NAME}, where NAME is an environment variable (letters, digits and `_`)");
            }
            checked.put(name, value);
        }
        return new HeaderTemplates(checked);
    }

    /** The environment variables the values refer to, in order of appearance. */
    public List<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        templates.values().forEach(value -> {
            Matcher reference = REFERENCE.matcher(value);
            while (reference.find()) {
                names.add(reference.group(1));
            }
        });
        return new ArrayList<>(names);
    }

    /** The header that uses {@code variable} first, for messages. */
    public String userOf(String variable) {
        return templates.entrySet().stream().filter(header -> header.getValue().contains("${" + variable + "}"))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    /** The values with every reference replaced by its variable's value from {@code values}. */
    public List<HeaderValue> expand(Map<String, String> values) {
        List<HeaderValue> expanded = new ArrayList<>();
        templates.forEach((name, template) -> expanded.add(new HeaderValue(name,
                REFERENCE.matcher(template).replaceAll(reference -> Matcher.quoteReplacement(values.get(reference.group(1)))))));
        return expanded;
    }

    @Override
    public String toString() {
        return "HeaderTemplates" + templates.keySet();
    }
}
