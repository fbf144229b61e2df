package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestFiles;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoys of issue 19, each written as the real repositories write it, in a real git repository:
 * a PNG pasted into a notebook (as an attachment, an output and a data: URI), the generated names of
 * an SDK (a TypeScript function and its Markdown page), and the integrity hashes of an npm, yarn and
 * pnpm lock file, all beside the word Mistral and each holding runs of a key's shape. None is a
 * finding, in the files or the history; a key written beside them still is.
 */
@ExtendWith(HermeticGit.class)
class SecretDecoysTest {

    private static final Pattern KEY_SHAPED_RUN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])");

    @TempDir
    Path project;

    private final Keys keys = new Keys(1919);

    private Outcome scan(HistoryOption history) throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults().withHistory(history),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    /** The digest part of {@code sha512-…}: base64 of 64 random bytes, drawn until it holds a run of a key's shape. */
    private static String integrityDigest(Random random) {
        SecretRule mistral = BuiltInRules.all().stream().filter(rule -> rule.id().equals("MR-SEC-001")).findFirst().orElseThrow();
        while (true) {
            byte[] digest = new byte[64];
            random.nextBytes(digest);
            String base64 = Base64.getEncoder().encodeToString(digest);
            Matcher run = KEY_SHAPED_RUN.matcher(base64);
            while (run.find()) {
                if (mistral.shape().accepts(run.group())) {
                    return base64;
                }
            }
        }
    }

    static final String NOTEBOOK = """
            {
             "cells": [
              {
               "attachments": {"plot.png": {"image/png": "%1$s"}},
               "cell_type": "markdown",
               "metadata": {},
               "source": ["# Mistral vision\\n", "![plot](attachment:plot.png)\\n",
                          "<img alt=\\"Mistral\\" src=\\"data:image/png;base64,%1$s\\">"]
              },
              {
               "cell_type": "code",
               "execution_count": 1,
               "metadata": {},
               "outputs": [{"data": {"image/png": "%1$s", "text/plain": ["<Figure: Mistral scores>"]},
                            "metadata": {}, "output_type": "display_data"}],
               "source": ["from mistralai import Mistral\\n", "plot(Mistral(api_key=os.environ[\\"MISTRAL_API_KEY\\"]))"]
              }
             ],
             "metadata": {"kernelspec": {"name": "python3"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    static final String SDK_FUNCTION = """
            import { MistralCore } from "../core.js";
            import * as operations from "../models/operations/index.js";

            /**
             * Update the metadata of a specific document.
             */
            export function betaLibrariesDocumentsUpdate(
              client: MistralCore,
              request: operations.%1$s,
              options?: RequestOptions,
            ): APIPromise<Result<components.Document, MistralError>> {
              return new APIPromise($do(client, request, options));
            }

            export type %2$s = { mistralModel: string };
            const mistralDefaults: %2$s = { mistralModel: "mistral-small-2506" };
            """;

    static final String SDK_PAGE = """
            # %1$s

            ## Example Usage

            ```typescript
            import { %1$s } from "@mistralai/mistralai/models/operations";

            let value: %1$s = {
              libraryId: "17629922-e572-4adc-ba03-500833bc882c",
            };
            ```
            """;

    static final String NPM_LOCK = """
            {
              "name": "chat-service",
              "lockfileVersion": 3,
              "packages": {
                "node_modules/@mistralai/mistralai": {
                  "version": "1.7.1",
                  "resolved": "https://registry.npmjs.org/@mistralai/mistralai/-/mistralai-1.7.1.tgz",
                  "integrity": "sha512-%1$s",
                  "license": "Apache-2.0"
                }
              }
            }
            """;

    static final String YARN_LOCK = """
            "@mistralai/mistralai@^1.7.1":
              version "1.7.1"
              resolved "https://registry.yarnpkg.com/@mistralai/mistralai/-/mistralai-1.7.1.tgz"
              integrity sha512-%1$s
            """;

    static final String PNPM_LOCK = """
            packages:
              '@mistralai/mistralai@1.7.1':
                resolution: {integrity: sha512-%1$s}
            """;

    private void writeDecoys() throws Exception {
        Random random = new Random(19);
        String png = NotebookSecretsTest.pngBase64(keys);
        TestFiles.write(project, "notebooks/vision.ipynb", NOTEBOOK.formatted(png));
        // A name of no words (the file declares it as a type) beside a generated name of words.
        String declared = keys.mistral();
        TestFiles.write(project, "src/funcs/betaLibrariesDocumentsUpdate.ts",
                SDK_FUNCTION.formatted("LibrariesDocumentsPatchV1Request", declared));
        TestFiles.write(project, "docs/models/operations/librariesdocumentspatchv1request.md",
                SDK_PAGE.formatted("LibrariesDocumentsPatchV1Request"));
        TestFiles.write(project, "src/mistral/MistralAiChatCompletionV2Request.java",
                "package mistral;\n\n/** The Mistral chat request, version 2. */\npublic record MistralAiChatCompletionV2Request(String model) {}\n");
        TestFiles.write(project, "package-lock.json", NPM_LOCK.formatted(integrityDigest(random)));
        TestFiles.write(project, "yarn.lock", YARN_LOCK.formatted(integrityDigest(random)));
        TestFiles.write(project, "pnpm-lock.yaml", PNPM_LOCK.formatted(integrityDigest(random)));
    }

    private void commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.test").setCommitter("Test", "test@example.test")
                .setSign(false).call();
    }

    @Test
    void noDecoyIsAFindingInTheFilesOrTheHistory() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            writeDecoys();
            commitAll(git, "decoys");
            writeDecoys(); // new runs everywhere: the history has two versions of each
            commitAll(git, "decoys again");
        }

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.details()).contains("history: 2 commits");
    }

    @Test
    void aKeyWrittenBesideTheDecoysIsStillFound() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            writeDecoys();
            commitAll(git, "decoys");
            TestFiles.write(project, "src/client.ts",
                    "import { Mistral } from \"@mistralai/mistralai\";\n\nconst client = new Mistral({ apiKey: \"" + keys.mistral() + "\" });\n");
            TestFiles.write(project, "notebooks/vision.ipynb", NOTEBOOK.formatted(NotebookSecretsTest.pngBase64(keys))
                    .replace("os.environ[\\\"MISTRAL_API_KEY\\\"]", "\\\"" + keys.mistral() + "\\\""));
            commitAll(git, "a key beside the decoys");
        }

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow().file(),
                        finding -> finding.location().orElseThrow().line())
                .containsExactly(tuple("MR-SEC-001", "notebooks/vision.ipynb", 16), tuple("MR-SEC-001", "src/client.ts", 3));
    }
}
