package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.project.source.SourceTokens;
import org.junit.jupiter.api.Test;

/** A client is the class the file imports, whatever the local name: v1/v2 Mistral aliased as MistralClient is not 0.x. */
class SdkImportsTest {

    @Test
    void judgesEachClientByTheClassItsFileImports() throws Exception {
        Outcome outcome = SdkEndpointsTest.check("imports");

        assertThat(outcome.summary()).isEqualTo("2 errors and 4 warnings in 5 Mistral calls in 5 files");
        assertThat(SdkEndpointsTest.rulesAndPlaces(outcome)).containsExactly(
                // Mistral imported as MistralClient: the v1/v2 client, no default timeout in 2.2.1, no retries
                tuple("MR-MOD-009", new Location("aliased.py", 3, 10)),
                tuple("MR-MOD-011", new Location("aliased.py", 3, 10)),
                // the 0.x MistralClient imported as Client: its own 120 s default, its .chat(...) found
                tuple("MR-MOD-010", new Location("legacy.py", 3, 10)),
                tuple("MR-MOD-009", new Location("src/aliased.ts", 3, 16)),
                tuple("MR-MOD-011", new Location("src/aliased.ts", 3, 16)),
                // require() of the package is its 0.x default export
                tuple("MR-MOD-010", new Location("src/legacy.js", 2, 16)));
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-009", "aliased.py", 3).message())
                .startsWith("`MistralClient` sets no `timeout_ms`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-011", "src/aliased.ts", 3).message())
                .startsWith("`new MistralClient` sets no `retryConfig`");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-010", "legacy.py", 3).message())
                .startsWith("`Client` sets no `timeout`: the 0.x client then waits 120 s");
    }

    @Test
    void readsPythonImportsRenamedAndParenthesised() {
        SdkImports imports = SdkImports.of(SourceTokens.python("""
                from mistralai import (
                    Mistral as Official,
                    UserMessage,
                )
                from mistralai.async_client import MistralAsyncClient as Old
                from my_wrappers import Mistral as Wrapped
                from .index import MistralClient
                """));

        assertThat(imports.importsSdk()).isTrue();
        assertThat(imports.clientKind("Official", false)).isEqualTo(SdkImports.ClientKind.OFFICIAL);
        assertThat(imports.clientKind("Old", false)).isEqualTo(SdkImports.ClientKind.LEGACY);
        assertThat(imports.clientKind("UserMessage", false)).isEqualTo(SdkImports.ClientKind.NONE);
        // imported from elsewhere or not at all: judged by its name, as before
        assertThat(imports.clientKind("Wrapped", false)).isEqualTo(SdkImports.ClientKind.NONE);
        assertThat(imports.clientKind("MistralClient", false)).isEqualTo(SdkImports.ClientKind.LEGACY);
        assertThat(imports.clientKind("Mistral", false)).isEqualTo(SdkImports.ClientKind.OFFICIAL);
    }

    @Test
    void readsScriptImportsDefaultNamedAndRequired() {
        SdkImports imports = SdkImports.of(SourceTokens.javaScript("""
                import Legacy, { Mistral as Official } from "@mistralai/mistralai";
                import { Mistral } from "./index";
                const { Mistral: Required } = require("@mistralai/mistralai");
                """));

        assertThat(imports.importsSdk()).isTrue();
        assertThat(imports.clientKind("Legacy", false)).isEqualTo(SdkImports.ClientKind.LEGACY);
        assertThat(imports.clientKind("Official", false)).isEqualTo(SdkImports.ClientKind.OFFICIAL);
        assertThat(imports.clientKind("Required", false)).isEqualTo(SdkImports.ClientKind.OFFICIAL);
        // the SDK's own repository imports it from ./index: judged by its name
        assertThat(imports.clientKind("Mistral", false)).isEqualTo(SdkImports.ClientKind.OFFICIAL);
        assertThat(SdkImports.of(SourceTokens.javaScript("import OpenAI from \"openai\";")).importsSdk()).isFalse();
    }
}
