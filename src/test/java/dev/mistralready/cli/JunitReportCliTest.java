package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.mistralready.report.XmlDocuments;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The --junit report of real runs, read the way CI viewers read it. */
@DisabledOnOs(OS.WINDOWS)
class JunitReportCliTest {

    @TempDir
    Path work;

    @Test
    void placesTheFailedCommandOnItsGateLineWithItsOutput() throws Exception {
        Document xml = junit("check", fixture("failing").toString(), "--junit", "report.xml");

        List<Element> found = nodes(xml, "//testcase[@classname='mistral-ready.tests']");
        assertThat(found).hasSize(1);
        Element tests = found.get(0);
        assertThat(tests.getAttribute("name")).isEqualTo("MR-CMD-001 checklist.yaml");
        assertThat(tests.getAttribute("file")).isEqualTo("checklist.yaml");
        assertThat(tests.getAttribute("line")).isEqualTo("8");
        assertThat(text(xml, "//testcase[@classname='mistral-ready.tests']/failure"))
                .contains("exited with code 1", "Details:\noutput (1 line):\nFAILED test_chat.py::test_max_tokens")
                .containsOnlyOnce("exited with code 1\n");
        assertThat(text(xml, "//testcase[@classname='mistral-ready.tests']/system-out"))
                .contains("FAILED test_chat.py::test_max_tokens");
    }

    @Test
    void writesTheWarningGateAsAPassingTestcaseSoViewersCountOneFailure() throws Exception {
        Document xml = junit("check", fixture("failing").toString(), "--junit", "report.xml");

        assertThat(nodes(xml, "//testcase[failure or error]")).hasSize(1);
        assertThat(nodes(xml, "//testcase[@classname='mistral-ready.lint']/failure")).isEmpty();
        assertThat(text(xml, "//testcase[@classname='mistral-ready.lint']/system-out"))
                .startsWith("warning: ").contains("unused import");
    }

    @Test
    void writesTheWarningGateAsAFailureUnderFailOnWarning() throws Exception {
        Document xml = junit("check", fixture("failing").toString(), "--junit", "report.xml", "--fail-on", "warning");

        assertThat(nodes(xml, "//testcase[failure or error]")).hasSize(2);
        assertThat(text(xml, "//testcase[@classname='mistral-ready.lint']/failure")).contains("unused import");
    }

    @Test
    void writesTheStrictAntFormWithJunitStrict() throws Exception {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--junit", "report.xml", "--junit-strict");

        assertThat(run.exitCode()).isEqualTo(1);
        String xml = Files.readString(work.resolve("report.xml"));
        assertThatCode(() -> XmlDocuments.validateStrictJunit(xml)).doesNotThrowAnyException();
        Document document = XmlDocuments.parse(xml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuite");
        assertThat(text(document, "/testsuite/system-out")).contains("FAILED test_chat.py::test_max_tokens");
    }

    @Test
    void refusesJunitStrictWithoutAJunitFile() {
        CliRun run = CliRun.in(work, "check", fixture("failing").toString(), "--junit-strict");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--junit-strict changes the --junit report; give --junit FILE too");
    }

    @Test
    void keepsTestcaseNamesWhenALineIsInsertedAboveTheFindings() throws Exception {
        Path project = work.resolve("project");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("checklist.yaml"), """
                version: 1
                gates:
                  - id: models
                    type: model-config
                """);
        String chat = """
                import { Mistral } from "@mistralai/mistralai";
                const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
                export const reply = (text) =>
                  client.chat.complete({ model: "mistral-large-latest", maxTokens: 512, messages: [{ role: "user", content: text }] });
                export const summary = (text) =>
                  client.chat.complete({ model: "mistral-small-latest", maxTokens: 512, messages: [{ role: "user", content: text }] });
                """;
        Files.writeString(project.resolve("src/chat.js"), chat);
        Document before = junit("check", "project", "--offline", "--junit", "before.xml");
        Files.writeString(project.resolve("src/chat.js"), "// a new first line\n" + chat);
        Document after = junit("check", "project", "--offline", "--junit", "after.xml");

        List<Element> first = nodes(before, "//testcase[@file='src/chat.js']");
        List<Element> second = nodes(after, "//testcase[@file='src/chat.js']");
        assertThat(first).hasSizeGreaterThanOrEqualTo(2);
        assertThat(attribute(second, "name")).isEqualTo(attribute(first, "name")).doesNotHaveDuplicates();
        assertThat(attribute(second, "line")).isEqualTo(attribute(first, "line").stream()
                .map(line -> Integer.toString(Integer.parseInt(line) + 1)).toList());
    }

    private Document junit(String... args) throws Exception {
        CliRun run = CliRun.in(work, args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isBetween(0, 1);
        String report = args[java.util.Arrays.asList(args).indexOf("--junit") + 1];
        return XmlDocuments.parse(Files.readString(work.resolve(report)));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(JunitReportCliTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> nodes(Document xml, String xpath) throws Exception {
        NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static String text(Document xml, String xpath) throws Exception {
        List<Element> found = nodes(xml, xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<String> attribute(List<Element> elements, String name) {
        return elements.stream().map(element -> element.getAttribute(name)).toList();
    }
}
