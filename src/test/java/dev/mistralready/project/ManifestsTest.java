package dev.mistralready.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

    @TempDir
    Path root;

    @Test
    void readsEveryDependencySectionOfPackageJson() throws Exception {
        TestFiles.write(root, "package.json", """
                { "dependencies": { "@mistralai/mistralai": "^2.1.0" },
                  "devDependencies": { "p-retry": "6.2.0" } }
                """);

        Manifest manifest = new Manifests(root).governing("src/chat.ts", Manifests.Ecosystem.NODE).get(0);

        assertThat(manifest.path()).isEqualTo("package.json");
        assertThat(manifest.dependency("@mistralai/mistralai").orElseThrow().version().lowest()).contains(Version.of("2.1.0"));
        assertThat(manifest.dependency("p-retry")).isPresent();
    }

    @Test
    void theNearestManifestDeclaringAPackageGivesItsVersion() throws Exception {
        TestFiles.write(root, "package.json", "{\"devDependencies\": {\"@mistralai/mistralai\": \"^1.5.0\"}}");
        TestFiles.write(root, "services/chat/package.json", "{\"dependencies\": {\"@mistralai/mistralai\": \"~2.2.7\"}}");
        TestFiles.write(root, "services/other/package.json", "{\"dependencies\": {}}");
        Manifests manifests = new Manifests(root);

        assertThat(manifests.nearest("services/chat/src/a.ts", Manifests.Ecosystem.NODE, "@mistralai/mistralai")
                .orElseThrow().describe()).isEqualTo("@mistralai/mistralai ~2.2.7 (services/chat/package.json)");
        assertThat(manifests.nearest("services/other/a.ts", Manifests.Ecosystem.NODE, "@mistralai/mistralai")
                .orElseThrow().manifest()).isEqualTo("package.json");
    }

    @Test
    void readsRequirementsWithExtrasMarkersAndComments() throws Exception {
        TestFiles.write(root, "requirements.txt", """
                # pinned for prod
                -r base.txt
                mistralai[agents]==1.9.2 ; python_version >= "3.9"  # the SDK
                Tenacity
                """);

        Manifest manifest = new Manifests(root).governing("app.py", Manifests.Ecosystem.PYTHON).get(0);

        assertThat(manifest.dependency("mistralai").orElseThrow().version().lowest()).contains(Version.of("1.9.2"));
        assertThat(manifest.dependency("tenacity").orElseThrow().version().lowest()).isEmpty();
    }

    @Test
    void readsPep621AndPoetryDependenciesFromPyproject() throws Exception {
        TestFiles.write(root, "pyproject.toml", """
                [project]
                name = "svc"
                dependencies = [
                    "mistralai>=2.4.3,<3",  # timeouts from 2.3.0
                    "httpx",
                ]

                [project.optional-dependencies]
                resilience = ["stamina>=24"]

                [tool.poetry.dependencies]
                python = "^3.11"
                backoff = { version = "^2.2", optional = true }

                [tool.poetry.group.dev.dependencies]
                pytest = "^8"
                """);

        Manifest manifest = new Manifests(root).governing("pkg/app.py", Manifests.Ecosystem.PYTHON).get(0);

        assertThat(manifest.dependencies().keySet()).containsExactly("mistralai", "httpx", "stamina", "backoff", "pytest");
        assertThat(manifest.dependency("mistralai").orElseThrow().version().lowest()).contains(Version.of("2.4.3"));
        assertThat(manifest.dependency("backoff").orElseThrow().version().lowest()).contains(Version.of("2.2.0"));
    }

    @Test
    void aBrokenManifestSaysWhyAndDeclaresNothing() throws Exception {
        TestFiles.write(root, "package.json", "{ \"dependencies\": ");

        Manifest manifest = new Manifests(root).governing("index.js", Manifests.Ecosystem.NODE).get(0);

        assertThat(manifest.problem()).hasValueSatisfying(problem -> assertThat(problem).startsWith("not valid JSON"));
        assertThat(manifest.dependencies()).isEmpty();
    }
}
