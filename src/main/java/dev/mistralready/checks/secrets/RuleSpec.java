package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import java.util.List;
import java.util.Optional;

/**
 * A secret rule as written in data: the built-in rules file, or a gate's {@code with: rules:}.
 * {@link SecretRule#compile} checks it and turns it into a rule that can run.
 */
public record RuleSpec(
        @OptionDoc(value = "stable rule id, e.g. MR-SEC-001 or ACME-001", required = true) String id,
        @OptionDoc("what the rule finds, shown in findings") String description,
        @OptionDoc(value = "Java regex; the named group `secret` (else the whole match) is the secret", required = true) String regex,
        @OptionDoc("words (any case) of which one must occur in a file before the regex runs") List<String> keywords,
        @OptionDoc("the match begins where a keyword occurs, so the regex is tried only there (fast)") boolean startsAtKeyword,
        @OptionDoc("with starts-at-keyword: the keyword is part of a name that is assigned a string "
                + "(name, optional quote, blanks, =, :, := or =>, blanks, a quote); other places are passed over before the regex runs")
        boolean assigned,
        @OptionDoc("regex the file path must match for the rule to apply") Optional<String> path,
        @OptionDoc("regex that must match within the same statement or YAML block") Optional<String> context,
        @OptionDoc("where the text before a match on its line says what it is, how far the context may be: a list of "
                + "{before: regex, lines: N or file, context: regex (default the rule's)}") List<ContextReach> reach,
        @OptionDoc("minimum Shannon entropy of the secret, bits per character") double entropy,
        @OptionDoc("character classes the secret must contain: digit, upper, lower, letter") List<String> require,
        @OptionDoc("regexes; a secret matching any is not a finding") List<String> allow,
        @OptionDoc("regexes; a match on a line matching any is not a finding") List<String> allowLines,
        @OptionDoc("a match inside base64 data (100+ characters of [A-Za-z0-9+/=], a data: URI, a line of base64) "
                + "is not a finding") boolean notInBase64,
        @OptionDoc("a match that is a name in the code (CamelCase dictionary-like words such as LibrariesDocumentsPatchV1Request, "
                + "or a name the file declares, constructs or calls) is not a finding") boolean notIdentifier,
        @OptionDoc("error or warning") Optional<String> severity,
        @OptionDoc("the fix, in one sentence") Optional<String> fix) {

    @JsonCreator
    static RuleSpec bind(@JsonProperty(value = "id", required = true) String id,
                         @JsonProperty("description") String description,
                         @JsonProperty(value = "regex", required = true) String regex,
                         @JsonProperty("keywords") List<String> keywords,
                         @JsonProperty("starts-at-keyword") Boolean startsAtKeyword,
                         @JsonProperty("assigned") Boolean assigned,
                         @JsonProperty("path") String path,
                         @JsonProperty("context") String context,
                         @JsonProperty("reach") List<ContextReach> reach,
                         @JsonProperty("entropy") Double entropy,
                         @JsonProperty("require") List<String> require,
                         @JsonProperty("allow") List<String> allow,
                         @JsonProperty("allow-lines") List<String> allowLines,
                         @JsonProperty("not-in-base64") Boolean notInBase64,
                         @JsonProperty("not-identifier") Boolean notIdentifier,
                         @JsonProperty("severity") String severity,
                         @JsonProperty("fix") String fix) {
        RuleSpec spec = new RuleSpec(id, description == null ? id : description, regex, orEmpty(keywords),
                Boolean.TRUE.equals(startsAtKeyword), Boolean.TRUE.equals(assigned),
                Optional.ofNullable(path), Optional.ofNullable(context), orEmpty(reach), entropy == null ? 0 : entropy, orEmpty(require),
                orEmpty(allow), orEmpty(allowLines), Boolean.TRUE.equals(notInBase64),
                Boolean.TRUE.equals(notIdentifier), Optional.ofNullable(severity), Optional.ofNullable(fix));
        SecretRule.compile(spec); // reports a bad regex where the rule is written, before anything runs
        return spec;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
