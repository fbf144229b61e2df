package dev.mistralready.checks.secrets;

import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules the {@code secret-scan} gate can report, for the rule catalogue: the bundled secret rules of
 * {@code rules.yaml} (their severity and fix, which are the findings' own, with a title, why, finds and
 * example from here), and the gate's own rules about its inputs.
 */
final class SecretRuleCatalogue {

    /** What every bundled rule has in common, ending its finds text. */
    private static final String EVERY_RULE = " Placeholders (`your-api-key`, `xxxx`, `${VAR}`, `<key>`, `changeme`),"
            + " environment lookups and lines marked `mistral-ready:allow` or `gitleaks:allow` are not reported;"
            + " with `history`, a secret a past commit added that the files no longer hold is reported at that commit.";

    private static final String LEAKED = "A secret in a file git commits can be read by everyone who can clone the"
            + " repository, and it stays in the history, forks, mirrors and CI caches after the line is deleted;"
            + " until it is revoked, anyone who copied it can use it.";

    /** Title, why, finds and example of a bundled rule; its severity and fix are those of {@code rules.yaml}. */
    private record Entry(String title, String why, String finds, String example) {
    }

    private static Entry entry(String title, String finds) {
        return new Entry(title, LEAKED, finds, "");
    }

    private static final Map<String, Entry> BUNDLED = Map.ofEntries(
            Map.entry("MR-SEC-001", new Entry("Mistral API key",
                    "A Mistral API key in the repository can be used by anyone who can read it: their requests are"
                            + " billed to your workspace and count against its rate limits. The key has to be revoked, and"
                            + " production then fails with 401 wherever the new key has not been deployed yet.",
                    "A 32-character run of `[A-Za-z0-9]` (not part of a longer run) with at least one digit, one"
                            + " upper- and one lower-case letter and at least 3.5 bits of entropy per character, with"
                            + " the word *Mistral* in any case (`MISTRAL_API_KEY`, `api.mistral.ai`,"
                            + " `MistralAiChatModel`, `mistralai:` …) in the same statement: the key's own line, the"
                            + " lines of the statement it continues (up to 12 lines either way: a builder chain, a"
                            + " multi-line call or object), the enclosing keys of a YAML block and the other keys of"
                            + " its mapping, or the `[section]` of a TOML, INI, `.cfg` or `.conf` file; or further away"
                            + " where the line says what the key is: a `Bearer` header with `api.mistral.ai` within 6"
                            + " lines, `Client::new(Some(\"…\"` in a Rust file using `mistralai_client`. Also a"
                            + " Kubernetes Secret's base64 `data:` value, decoded, and a UTF-16 file. A run that"
                            + " contains the word Mistral itself (`Mistral3ForConditionalGeneration`), is a name"
                            + " (CamelCase words such as `LibrariesDocumentsPatchV1Request`, or a name the file"
                            + " declares, constructs or calls) or lies inside base64 data (100 or more characters of"
                            + " `[A-Za-z0-9+/=]`, a `data:…;base64,` payload, an integrity hash, a line of nothing but"
                            + " base64) is not reported. With `verify: true` a key `GET /v1/models` accepts is"
                            + " marked LIVE, and one it answers 401 becomes a warning.",
                    """
                    ```python
                    client = Mistral(api_key="<32 random letters and digits>")  # reported
                    # fixed:
                    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
                    ```""")),
            Map.entry("MR-SEC-002", new Entry("MISTRAL_API_KEY set in a committed .env file",
                    "A committed .env file puts the MISTRAL_API_KEY it holds in every clone, CI checkout and image"
                            + " built from the repository, and in the history after the file is deleted; the key has"
                            + " to be revoked and every deployment given a new one.",
                    "In a file named `.env` or `.env.<suffix>` (`.env.production`, `.env.local`, also"
                            + " `.env.example`) that git would commit, a line `MISTRAL_API_KEY=value`, optionally"
                            + " after `export` and with the value quoted, whose value is not empty and not a"
                            + " placeholder; the value need not look like a key. The name must be upper case (a lower-case"
                            + " one with a key-shaped value is MR-SEC-001). With"
                            + " `verify: true` a 32-character value is checked like an MR-SEC-001 key.",
                    """
                    ```properties
                    # .env, tracked by git
                    MISTRAL_API_KEY=<the real key>
                    # fixed: git rm --cached .env, add .env to .gitignore, and commit a .env.example with
                    MISTRAL_API_KEY=your-api-key
                    ```""")),
            Map.entry("MR-SEC-003", entry("OpenAI API key",
                    "An OpenAI API key: `sk-proj-`, `sk-svcacct-` or `sk-admin-` followed by 40 or more"
                            + " `[A-Za-z0-9_-]`, or a legacy `sk-` key of 20 characters, `T3BlbkFJ` and 20 more;"
                            + " at least 3.5 bits of entropy per character.")),
            Map.entry("MR-SEC-004", entry("Anthropic API key",
                    "An Anthropic API key: `sk-ant-api` or `sk-ant-admin`, two digits, `-` and 80 or more"
                            + " `[A-Za-z0-9_-]` (`sk-ant-api03-…`); at least 3.5 bits of entropy per character.")),
            Map.entry("MR-SEC-005", entry("AWS access key id",
                    "An AWS access key id: `AKIA`, `ASIA`, `ABIA` or `ACCA` followed by 16 characters of"
                            + " `[A-Z2-7]`, not inside a longer run of capitals and digits; at least 3 bits of entropy"
                            + " per character. The secret access key that goes with it is not matched by this rule.")),
            Map.entry("MR-SEC-006", entry("GitHub token",
                    "A GitHub token: `ghp_`, `gho_`, `ghu_`, `ghs_` or `ghr_` followed by 36 to 255"
                            + " `[A-Za-z0-9]`, or a fine-grained `github_pat_` token of 82 more `[A-Za-z0-9_]`; at"
                            + " least 3.5 bits of entropy per character.")),
            Map.entry("MR-SEC-007", entry("Google API key",
                    "A Google API key: `AIza` followed by 35 `[0-9A-Za-z_-]`, not followed by more; at least 3.5"
                            + " bits of entropy per character.")),
            Map.entry("MR-SEC-008", entry("Slack token or webhook URL",
                    "A Slack token (`xoxb-`, `xoxa-`, `xoxp-`, `xoxr-` or `xoxs-` followed by 10 to 250"
                            + " `[0-9A-Za-z-]`) or an incoming-webhook URL"
                            + " (`https://hooks.slack.com/services/T…/B…/` and 20 or more letters and digits); at"
                            + " least 3 bits of entropy per character.")),
            Map.entry("MR-SEC-009", entry("Stripe live secret or restricted key",
                    "A Stripe live key: `sk_live_` (secret) or `rk_live_` (restricted) followed by 20 to 247"
                            + " `[0-9A-Za-z]`; at least 3.5 bits of entropy per character. Test keys (`sk_test_`) are"
                            + " not reported.")),
            Map.entry("MR-SEC-010", entry("Private key",
                    "A private key block: a `-----BEGIN … PRIVATE KEY-----` line (RSA, EC, OpenSSH, PGP `… PRIVATE"
                            + " KEY BLOCK` …) followed within 300 characters by a base64 run of 60 or more characters"
                            + " with at least 4 bits of entropy per character; a header alone, or a public key or"
                            + " certificate, is not reported.")),
            Map.entry("MR-SEC-011", new Entry("JSON Web Token",
                    "A JSON Web Token is a bearer credential: whoever holds it can replay it until it expires or"
                            + " is revoked. A committed one is often a test fixture, hence a warning, but a real one"
                            + " gives its access to everyone who can read the repository.",
                    "A JSON Web Token: three base64url segments joined by dots, the first two starting `eyJ` (an"
                            + " encoded `{\"`) and each of 10 or more characters after that, not inside a longer"
                            + " run; a warning, since committed JWTs are often test fixtures.",
                    "")),
            Map.entry("MR-SEC-012", new Entry("High-entropy value assigned to a secret-looking name",
                    "A long random string assigned to a name like api_key, secret, token or password is most likely"
                            + " a credential of some service; once committed, everyone who can clone the repository"
                            + " can read it, and it stays in the history after the line is deleted.",
                    "A quoted string of 16 to 200 characters without blanks, with a digit and a letter and at"
                            + " least 3.5 bits of entropy per character, assigned (`=`, `:`, `:=` or `=>`) to a name"
                            + " containing `key`, `secret`, `token`, `password`, `passwd` or `credential` (any case)."
                            + " Left alone: hex strings of 32 or more characters (digests), UUIDs, URLs, paths"
                            + " (starting `.`, `/` or `~`), file names, dotted identifiers, regexes (a key's"
                            + " pattern), and lines naming `public_key`, `cache_key`, `sort_key`, `key_id`,"
                            + " `key_name`, `token_url`, `token_type`, `password_hash` and the like.",
                    """
                    ```js
                    const config = { apiToken: "<a long random token>" };  // reported
                    // fixed:
                    const config = { apiToken: process.env.ACME_API_TOKEN };
                    ```""")));

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (SecretRule rule : BuiltInRules.all()) {
            Entry entry = BUNDLED.get(rule.id());
            if (entry == null) {
                rules.add(new Rule(rule.id(), rule.description(), rule.severity(), LEAKED, rule.fix()));
                continue;
            }
            rules.add(new Rule(rule.id(), entry.title(), rule.severity(), entry.why(), rule.fix(),
                    entry.finds() + EVERY_RULE, entry.example()));
        }
        rules.add(new Rule(BaselineSource.MISSING_RULE, "The baseline file named in the checklist is missing",
                Severity.WARNING,
                "The checklist names a baseline of accepted findings and that file does not exist, so nothing is"
                        + " suppressed: findings the team had accepted are reported again, and a run that passed"
                        + " before may now fail.",
                "Run `mistral-ready baseline` to create it, or correct the `baseline` path.",
                "The gate's `baseline` option names a file that does not exist in the project; every finding is"
                        + " then reported. Without the option the default `.mistral-ready-baseline.json` is used"
                        + " only when it exists, so it never raises this.",
                """
                ```yaml
                    with:
                      baseline: .mistral-ready-baselines.json   # reported: no such file
                      # fixed: create it with `mistral-ready baseline`, or name the file that exists
                      baseline: .mistral-ready-baseline.json
                ```"""));
        rules.add(new Rule(SecretScanCheck.GIT_UNREADABLE, "Git cannot list the files; a directory walk was used",
                Severity.WARNING,
                "The walk that replaces git honours .gitignore but cannot know which ignored files git tracks"
                        + " anyway, so a secret in such a file is not scanned, and the gate cannot pass as if it"
                        + " had read everything git would commit.",
                "Repair what the finding names, as its fix says (`git fsck` shows what is broken), or run the"
                        + " gate on a fresh clone.",
                "The project is in a git repository that cannot be read (a corrupt `.git/index`, an unknown"
                        + " repository format or extension, a config that does not parse, a `.git` file pointing"
                        + " to a moved or deleted worktree or submodule, `core.bare = true` in a work tree), so the"
                        + " files were listed by a plain directory walk honouring `.gitignore`; the finding names"
                        + " what is broken.",
                ""));
        rules.add(new Rule(SecretScanCheck.HISTORY_UNREADABLE, "The git history cannot be read", Severity.ERROR,
                "The gate was asked to scan the history and could not read it, so a key deleted from the files"
                        + " may still be in a commit nobody scanned; a scan that read nothing is not a pass.",
                "Repair the repository (`git fsck` shows what is broken, or point HEAD at your branch again) or"
                        + " scan a fresh clone.",
                "With `history` on, the history cannot be read: the repository cannot be opened, HEAD names no"
                        + " branch or commit, HEAD's branch file holds no commit id, HEAD or a ref points to a"
                        + " missing object or to something that is not a commit, or a pack or loose object is"
                        + " missing or damaged during the walk; the finding names which. The gate is then an"
                        + " `ERROR`, and the files' findings still stand. A shallow clone is not this: its"
                        + " details say the older commits were not scanned.",
                ""));
        return List.copyOf(rules);
    }

    private SecretRuleCatalogue() {
    }
}
