package dev.mistralready.project.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.project.files.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
    void aPackageJsonOfTheSdkItselfGivesItsOwnVersion() throws Exception {
        TestFiles.write(root, "package.json", """
                { "name": "@mistralai/mistralai", "version": "1.5.0",
                  "devDependencies": { "typescript": "^5.4.0" } }
                """);
        Manifests manifests = new Manifests(root);

        Dependency own = manifests.nearest("examples/chat.ts", Manifests.Ecosystem.NODE, "@mistralai/mistralai").orElseThrow();

        assertThat(own.itself()).isTrue();
        assertThat(own.version().lowest()).contains(Version.of("1.5.0"));
        assertThat(own.describe()).isEqualTo("@mistralai/mistralai 1.5.0 (package.json: this project itself)");
        assertThat(manifests.nearest("examples/chat.ts", Manifests.Ecosystem.NODE, "typescript").orElseThrow().itself())
                .isFalse();
        assertThat(manifests.nearest("examples/chat.ts", Manifests.Ecosystem.NODE, "openai")).isEmpty();
    }

    @Test
    void anNpmFileDependencyOnThePackageInTheProjectGivesThatPackagesVersion() throws Exception {
        TestFiles.write(root, "package.json", """
                { "name": "@mistralai/mistralai", "version": "2.6.1" }
                """);
        TestFiles.write(root, "examples/package.json", """
                { "name": "chat", "dependencies": { "@mistralai/mistralai": "file:../" } }
                """);
        TestFiles.write(root, "other/package.json", """
                { "name": "x", "dependencies": { "@mistralai/mistralai": "file:../../outside" } }
                """);
        Manifests manifests = new Manifests(root);

        Dependency linked = manifests.nearest("examples/src/chat.ts", Manifests.Ecosystem.NODE, "@mistralai/mistralai")
                .orElseThrow();
        Dependency outside = manifests.nearest("other/chat.ts", Manifests.Ecosystem.NODE, "@mistralai/mistralai")
                .orElseThrow();

        assertThat(linked.version().lowest()).contains(Version.of("2.6.1"));
        assertThat(linked.itself()).isFalse();
        assertThat(linked.describe()).isEqualTo("@mistralai/mistralai 2.6.1 (examples/package.json: file:../, package.json)");
        assertThat(outside.version().lowest()).isEmpty();
    }

    @Test
    void aPyprojectOfTheSdkOrAFrameworkItselfGivesItsOwnVersion() throws Exception {
        TestFiles.write(root, "sdk/pyproject.toml", """
                [project]
                name = "mistralai"
                version = "2.4.13"
                dependencies = ["httpx >=0.28.1"]
                """);
        TestFiles.write(root, "langchain/pyproject.toml", """
                [tool.poetry]
                name = "langchain-mistralai"
                version = "0.2.10"

                [tool.poetry.dependencies]
                python = ">=3.9,<4.0"
                httpx = "^0.27"
                """);
        TestFiles.write(root, "dynamic/pyproject.toml", """
                [project]
                name = "mistralai"
                dynamic = ["version"]
                """);
        Manifests manifests = new Manifests(root);

        assertThat(manifests.nearest("sdk/examples/chat.py", Manifests.Ecosystem.PYTHON, "mistralai").orElseThrow()
                .describe()).isEqualTo("mistralai 2.4.13 (sdk/pyproject.toml: this project itself)");
        assertThat(manifests.nearest("langchain/x.py", Manifests.Ecosystem.PYTHON, "langchain_mistralai").orElseThrow()
                .version().lowest()).contains(Version.of("0.2.10"));
        assertThat(manifests.nearest("langchain/x.py", Manifests.Ecosystem.PYTHON, "httpx")).isPresent();
        assertThat(manifests.nearest("dynamic/x.py", Manifests.Ecosystem.PYTHON, "mistralai").orElseThrow()
                .version().lowest()).isEmpty();
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

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aManifestLinkedOutOfTheProjectIsNotRead(@TempDir Path elsewhere) throws Exception {
        Path outside = TestFiles.write(elsewhere, "package.json", "{\"dependencies\": {\"@mistralai/mistralai\": \"1.0.0\"}}");
        Files.createSymbolicLink(root.resolve("package.json"), outside);

        Manifest manifest = new Manifests(root).governing("index.js", Manifests.Ecosystem.NODE).get(0);

        assertThat(manifest.problem()).hasValue("resolves to " + outside.toRealPath() + ", outside the project; "
                + "mistral-ready reads only files inside the project it checks, so replace the link with the file itself");
        assertThat(manifest.dependencies()).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aManifestLinkedWithinTheProjectIsRead() throws Exception {
        TestFiles.write(root, "shared/package.json", "{\"dependencies\": {\"@mistralai/mistralai\": \"1.0.0\"}}");
        Files.createSymbolicLink(root.resolve("package.json"), Path.of("shared/package.json"));

        Manifest manifest = new Manifests(root).governing("index.js", Manifests.Ecosystem.NODE).get(0);

        assertThat(manifest.dependency("@mistralai/mistralai")).isPresent();
    }

    @Test
    void readsPomVersionsFromPropertiesManagementAndImportedBoms() throws Exception {
        TestFiles.write(root, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <version>3.1.0</version>
                  <properties>
                    <langchain4j.version>1.8.0</langchain4j.version>
                    <spring-ai.version>${ai.base}.2</spring-ai.version>
                    <ai.base>1.1</ai.base>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.springframework.ai</groupId>
                        <artifactId>spring-ai-bom</artifactId>
                        <version>${spring-ai.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                      <dependency>
                        <groupId>io.github.resilience4j</groupId>
                        <artifactId>resilience4j-retry</artifactId>
                        <version>[2.2.0,3.0)</version>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>dev.langchain4j</groupId>
                      <artifactId>langchain4j-mistral-ai</artifactId>
                      <version>${langchain4j.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.ai</groupId>
                      <artifactId>spring-ai-starter-model-mistral-ai</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>io.github.resilience4j</groupId>
                      <artifactId>resilience4j-retry</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>com.example</groupId>
                      <artifactId>parent-managed</artifactId>
                      <version>${undefined.version}</version>
                    </dependency>
                  </dependencies>
                </project>
                """);

        Manifest pom = new Manifests(root).governing("src/main/java/App.java", Manifests.Ecosystem.JVM).get(0);

        assertThat(pom.dependency("dev.langchain4j:langchain4j-mistral-ai").orElseThrow().describe())
                .isEqualTo("dev.langchain4j:langchain4j-mistral-ai 1.8.0 (pom.xml)");
        assertThat(pom.dependency("org.springframework.ai:spring-ai-starter-model-mistral-ai").orElseThrow()
                .version().lowest()).contains(Version.of("1.1.2"));
        assertThat(pom.dependency("io.github.resilience4j:resilience4j-retry").orElseThrow().version().lowest())
                .contains(Version.of("2.2.0"));
        assertThat(pom.dependency("com.example:parent-managed").orElseThrow().version().lowest()).isEmpty();
    }

    @Test
    void aPomThatIsNotXmlDeclaresNothingAndSaysWhy() throws Exception {
        TestFiles.write(root, "pom.xml", "<project>\n<dependencies>\n</project>\n");

        Manifest pom = new Manifests(root).governing("App.java", Manifests.Ecosystem.JVM).get(0);

        assertThat(pom.problem()).hasValueSatisfying(problem -> assertThat(problem).startsWith("not well-formed XML"));
        assertThat(pom.dependencies()).isEmpty();
    }

    @Test
    void readsGradleCoordinatesVariablesAndPlatformsButNotComments() throws Exception {
        TestFiles.write(root, "app/build.gradle.kts", """
                val langchain4jVersion = "1.7.1"
                dependencies {
                    implementation("dev.langchain4j:langchain4j-mistral-ai:$langchain4jVersion")
                    implementation(platform("org.springframework.ai:spring-ai-bom:1.1.8"))
                    implementation("org.springframework.ai:spring-ai-starter-model-mistral-ai")
                    // implementation("dev.failsafe:failsafe:3.3.2")
                }
                """);

        Manifest build = new Manifests(root).governing("app/src/main/java/App.java", Manifests.Ecosystem.JVM).get(0);

        assertThat(build.path()).isEqualTo("app/build.gradle.kts");
        assertThat(build.dependency("dev.langchain4j:langchain4j-mistral-ai").orElseThrow().version().lowest())
                .contains(Version.of("1.7.1"));
        assertThat(build.dependency("org.springframework.ai:spring-ai-starter-model-mistral-ai").orElseThrow()
                .version().lowest()).contains(Version.of("1.1.8"));
        assertThat(build.dependency("dev.failsafe:failsafe")).isEmpty();
    }
}
