package dev.mistralready.checks.secrets;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules the {@code secret-scan} gate can report, for the rule catalogue: the bundled secret rules of
 * {@code rules.yaml} (their description, severity and fix), and the gate's own rules about its inputs.
 */
final class SecretRuleCatalogue {

    private static final String LEAKED = "A secret in the repository is readable by everyone who can clone it, for"
            + " as long as the history lasts: CI logs, forks, mirrors and laptops keep it even after the line is"
            + " deleted, and a leaked key is used by others at your cost.";

    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("MR-SEC-001", "A Mistral API key in the code can be used by anyone who reads the repository:"
                    + " they run requests on your workspace's bill and rate limits, and the key must be revoked,"
                    + " which breaks production until every deployment has the new one."),
            Map.entry("MR-SEC-002", "A committed .env file ships the production MISTRAL_API_KEY with the code, to"
                    + " every clone, CI job and image built from it; the key belongs in the environment or a"
                    + " secret manager, never in git."),
            Map.entry("MR-SEC-011", "A JSON Web Token often grants access on its own until it expires; a committed"
                    + " one may be a test token (hence a warning), but a real one is a credential anyone can replay."),
            Map.entry("MR-SEC-012", "A long random value assigned to a name like key, secret, token or password is"
                    + " most likely a credential of some service, and once committed it is readable by everyone who"
                    + " can clone the repository, for as long as the history lasts."));

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (SecretRule rule : BuiltInRules.all()) {
            rules.add(new Rule(rule.id(), rule.description(), rule.severity(),
                    WHY.getOrDefault(rule.id(), LEAKED), rule.fix()));
        }
        rules.add(new Rule(BaselineSource.MISSING_RULE, "The baseline file is missing", Severity.WARNING,
                "The gate was told to suppress the findings recorded in a baseline file, and that file is not"
                        + " there: nothing is suppressed, so a run that passed before may now fail on old findings.",
                "Write the baseline with `mistral-ready baseline`, or fix the `baseline` path."));
        rules.add(new Rule(SecretScanCheck.GIT_UNREADABLE, "The git repository cannot be read", Severity.WARNING,
                "Without git the gate cannot tell tracked from ignored files, so it falls back to a plain walk that"
                        + " honours .gitignore; what it scans may differ from what is committed.",
                "Repair the repository (`git fsck`) or run the gate on a working clone."));
        rules.add(new Rule(SecretScanCheck.HISTORY_UNREADABLE, "The git history cannot be read", Severity.ERROR,
                "The gate was asked to scan the history and part of it is missing (a shallow or broken clone):"
                        + " a key removed from the code may still be in a commit nobody scanned.",
                "Fetch the full history (`git fetch --unshallow`) or drop the `history` option."));
        return List.copyOf(rules);
    }

    private SecretRuleCatalogue() {
    }
}
