package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's options as a user writes them in checklist.yaml, and the errors a user can make. */
class SecretScanOptionsTest {

    private static Object plan(String with) throws ChecklistException {
        String yaml = "version: 1\ngates:\n  - id: secrets\n    type: secret-scan\n    with:\n" + with;
        return new GatePlanner(CheckRegistry.of(List.of(new SecretScanCheck())))
                .plan(ChecklistLoader.parse("checklist.yaml", yaml)).get(0).options();
    }

    @Test
    void bindsEveryOption() throws ChecklistException {
        SecretScanOptions options = (SecretScanOptions) plan("""
                      paths: [src]
                      exclude: ["vendor/**"]
                      max-file-size: 2MiB
                      disable: [MR-SEC-011]
                      rules:
                        - id: ACME-001
                          regex: '(?<secret>acme_[a-z0-9]{24})'
                          keywords: [acme_]
                          starts-at-keyword: true
                """);

        assertThat(options.maxFileSize().bytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(options.effectiveRules()).extracting(SecretRule::id)
                .doesNotContain("MR-SEC-011").contains("MR-SEC-001", "ACME-001");
    }

    @Test
    void bindsBaselineAndVerification() throws ChecklistException {
        SecretScanOptions options = (SecretScanOptions) plan("""
                      baseline: security/accepted.json
                      verify: true
                      verify-url: https://api.eu.mistral.ai
                """);

        assertThat(options.baseline()).contains("security/accepted.json");
        assertThat(options.verify()).isTrue();
        assertThat(options.verifyUrl().host()).isEqualTo("api.eu.mistral.ai");
    }

    @Test
    void refusesToSendKeysAnywhereButMistralOrLoopback() {
        assertThatThrownBy(() -> plan("      verify: true\n      verify-url: http://keys.example.com\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:19: ");
    }

    @Test
    void reportsABadRuleRegexWhereTheRuleIs() {
        assertThatThrownBy(() -> plan("""
                      rules:
                        - id: ACME-001
                          regex: '(?<secret>acme_[a-z'
                """))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("checklist.yaml:7:11: option `rules[0]`: rule ACME-001: `regex` is not a valid regex: ");
    }

    @Test
    void refusesAnAssignedRuleThatDoesNotStartAtItsKeyword() {
        assertThatThrownBy(() -> plan("""
                      rules:
                        - id: ACME-002
                          regex: 'acme_secret\\s*=\\s*"(?<secret>[a-z0-9]{24})"'
                          keywords: [acme_secret]
                          assigned: true
                """))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("rule ACME-002: `assigned` needs `starts-at-keyword: true`");
    }

    @Test
    void reportsDisablingARuleThatDoesNotExist() {
        assertThatThrownBy(() -> plan("      disable: [MR-SEC-999]\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("`disable` names `MR-SEC-999`, which is not a built-in rule (built-in: MR-SEC-002, MR-SEC-001,");
    }

    @Test
    void suggestsTheKebabCaseSpellingOfAnOption() {
        assertThatThrownBy(() -> plan("      max_file_size: 2MiB\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: gate type `secret-scan` has no option `max_file_size`; did you mean "
                        + "`max-file-size`? (options: paths, exclude, max-file-size, rules, disable, history, baseline, verify, verify-url)");
    }

    @Test
    void reportsAnEmptyExcludePatternWhenTheChecklistIsRead() {
        assertThatThrownBy(() -> plan("      exclude: ['']\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: exclude pattern '' is empty; give a glob like "
                        + "vendor/** or *.lock");
    }

    @Test
    void reportsABaselineNameWithANulWhenTheChecklistIsRead() {
        assertThatThrownBy(() -> plan("      baseline: \"a\\0b\"\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessage("checklist.yaml:6:7: option `with`: `baseline` `a b` is not a file name this system can "
                        + "open (it holds a NUL or a character that cannot be stored in a path); name a file such as "
                        + ".mistral-ready-baseline.json");
    }
}
