package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which cloud a file's client is, from the way the SDKs for Vertex AI and Azure are created or imported. */
class CloudClientNameTest {

    static Object[][] files() {
        return new Object[][] {
            {"client = MistralGCP(region=region)", "vertex"},
            {"client = MistralGoogleCloud (project_id=p)", "vertex"},
            {"from mistralai_gcp import MistralGoogleCloud", "vertex"},
            {"from mistralai.gcp.client import Client", "vertex"},
            {"import { MistralGoogleCloud } from \"@mistralai/mistralai-gcp\";", "vertex"},
            {"client = MistralAzure(azure_endpoint=e)", "azure"},
            {"from mistralai_azure import MistralAzure", "azure"},
            {"from mistralai.azure.client import MistralAzure", "azure"},
            {"import { MistralAzure } from '@mistralai/mistralai-azure'", "azure"},
            // Vertex is looked for first, as a file using both is judged by its first client.
            {"from mistralai_azure import X\nclient = MistralGCP()", "vertex"},
            // Names that only hold the words.
            {"from mistralai import Mistral\nclient = Mistral(api_key=key)", null},
            {"client = NotMistralGCP(x)", null},
            {"import xmistralai_gcp", null},
            {"from mistralai_gcpx import y", null},
            {"from mistralai.azurex import y", null},
            {"import \"@mistralai/mistralai-gcpx\"", null},
            {"MistralAzure = make()", null},
            {"mistralai mistralai mistralai.models MistralG MistralAzur", null},
            {"", null},
        };
    }

    @ParameterizedTest
    @MethodSource("files")
    void namesTheCloudOfTheClientAFileCreatesOrImports(String text, String cloud) {
        assertThat(CloudModelId.clientIn(text).map(CloudModelId::label)).isEqualTo(Optional.ofNullable(cloud));
    }

    @ParameterizedTest
    @MethodSource("files")
    void findsTheClientAmongManyOtherMentionsOfTheSdk(String text, String cloud) {
        String crowded = "import mistralai\n".repeat(2_000) + "x = mistralai.models.Foo()\n".repeat(2_000) + text;
        assertThat(CloudModelId.clientIn(crowded).map(CloudModelId::label)).isEqualTo(Optional.ofNullable(cloud));
    }
}
