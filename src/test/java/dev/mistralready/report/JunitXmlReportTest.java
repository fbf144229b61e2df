package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void matchesGoldenFileForEveryStatus() throws Exception {
        Golden.assertMatches(render(SampleReports.everyStatus()), "junit.xml");
    }

    @Test
    void matchesGoldenFileForEveryStatusInTheStrictForm() throws Exception {
        Golden.assertMatches(renderStrict(SampleReports.everyStatus(), false), "junit-strict.xml");
    }

    @Test
    void validatesAgainstStrictSchemaForEveryStatusInTheStrictForm() {
        assertThatCode(() -> XmlDocuments.validateStrictJunit(renderStrict(SampleReports.everyStatus(), false)))
                .doesNotThrowAnyException();
        assertThatCode(() -> XmlDocuments.validateStrictJunit(renderStrict(SampleReports.everyStatus(), true)))
                .doesNotThrowAnyException();
    }

    @Test
    void viewerFormIsNotTheStrictFormBecauseOfFileAndLine() {
        assertThatThrownBy(() -> XmlDocuments.validateStrictJunit(render(SampleReports.everyStatus())))
                .hasMessageContaining("file");
    }

    @Test
    void writesFileAndLineOfEachFindingOnItsTestcase() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        NodeList cases = elements(xml, "//testsuite[@name='secrets']/testcase");
        assertThat(attributes(cases, "file")).containsExactly("src/a.ts", "config/app.yaml");
        assertThat(attributes(cases, "line")).containsExactly("12", "3");
        Element gateCase = element(xml, "//testsuite[@name='lint']/testcase");
        assertThat(gateCase.getAttribute("file")).isEqualTo("checklist.yaml");
        assertThat(gateCase.getAttribute("line")).isEqualTo("3");
    }

    @Test
    void writesNoFileForTheBuiltInChecklistOrAFileOutsideTheCheckedDirectory() throws Exception {
        Report report = SampleReports.report(List.of(
                new GateResult("tests", "command", "", Severity.ERROR, Outcome.fail("exit 1", List.of(
                        Finding.of("MR-CMD-001", Severity.ERROR, "exit 1", "")
                                .at(Location.of("<built-in>/checklist.yaml", 9)),
                        Finding.of("MR-CMD-001", Severity.ERROR, "exit 1", "").at(Location.of("../gates.yaml", 2)),
                        Finding.of("MR-CMD-001", Severity.ERROR, "exit 1", "").at(Location.of("/etc/gates.yaml", 2)))),
                        java.time.Duration.ofMillis(5), Location.of("<built-in>/checklist.yaml", 9))));

        NodeList cases = elements(parse(report), "//testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        for (int i = 0; i < cases.getLength(); i++) {
            assertThat(((Element) cases.item(i)).hasAttribute("file")).isFalse();
            assertThat(((Element) cases.item(i)).hasAttribute("line")).isFalse();
        }
    }

    @Test
    void writesFailureWithFindingLocationInBody() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        Element failure = element(xml, "//testsuite[@name='secrets']/testcase[1]/failure");
        assertThat(failure.getAttribute("type")).isEqualTo("MR-SEC-001");
        assertThat(failure.getAttribute("message")).isEqualTo("Mistral API key in source code");
        assertThat(failure.getTextContent()).isEqualTo("""
                Mistral API key in source code
                File: src/a.ts:12:7
                Severity: error
                Fix: Move the key to the MISTRAL_API_KEY environment variable.
                Summary: 2 secrets found""");
        Element testcase = (Element) failure.getParentNode();
        assertThat(testcase.getAttribute("name")).isEqualTo("MR-SEC-001 src/a.ts [5c1f0e7a92b4d863]");
        assertThat(testcase.getAttribute("classname")).isEqualTo("mistral-ready.secrets");
    }

    @Test
    void mapsEachStatusToItsResultElement() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        assertThat(element(xml, "//testsuite[@name='lint']/testcase").getChildNodes().getLength()).isZero();
        assertThat(elements(xml, "//testsuite[@name='secrets']/testcase/failure").getLength()).isEqualTo(1);
        assertThat(elements(xml, "//testsuite[@name='timeouts']/testcase/*").getLength()).isEqualTo(1);
        assertThat(element(xml, "//testsuite[@name='timeouts']/testcase/system-out").getTextContent())
                .startsWith("warning: client timeout not set; the default is 120s");
        assertThat(element(xml, "//testsuite[@name='k8s']/testcase/skipped").getAttribute("message"))
                .isEqualTo("no k8s/ directory");
        Element error = element(xml, "//testsuite[@name='tests']/testcase/error");
        assertThat(error.getAttribute("type")).isEqualTo("error");
        assertThat(error.getAttribute("message")).isEqualTo("command 'npm test' exceeded 10s");
    }

    @Test
    void countsResultsPerSuite() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        Element secrets = element(xml, "//testsuite[@name='secrets']");
        assertThat(secrets.getAttribute("tests")).isEqualTo("2");
        assertThat(secrets.getAttribute("failures")).isEqualTo("1");
        assertThat(element(xml, "//testsuite[@name='timeouts']").getAttribute("failures")).isEqualTo("0");
        Element tests = element(xml, "//testsuite[@name='tests']");
        assertThat(tests.getAttribute("errors")).isEqualTo("1");
        assertThat(tests.getAttribute("failures")).isEqualTo("0");
        assertThat(element(xml, "//testsuite[@name='k8s']").getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void writesWarningsAsPassingTestcasesWithTheWarningInSystemOut() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        Element warning = element(xml, "//testcase[@name='MR-SEC-002 config/app.yaml']");
        assertThat(elements(xml, "//testcase[@name='MR-SEC-002 config/app.yaml']/failure").getLength()).isZero();
        assertThat(element(xml, "//testcase[@name='MR-SEC-002 config/app.yaml']/system-out").getTextContent())
                .isEqualTo("warning: Possible token in config\nFile: config/app.yaml:3\nSeverity: warning");
        assertThat(warning.getAttribute("file")).isEqualTo("config/app.yaml");
    }

    @Test
    void writesWarningsAsFailuresWhenWarningsFailTheRun() throws Exception {
        Document xml = XmlDocuments.parse(Golden.render(
                new JunitXmlReport(SampleReports.HOST, new JunitOptions(false, true)), SampleReports.everyStatus()));

        assertThat(element(xml, "//testsuite[@name='secrets']").getAttribute("failures")).isEqualTo("2");
        assertThat(element(xml, "//testcase[@name='MR-SEC-002 config/app.yaml']/failure").getAttribute("type"))
                .isEqualTo("MR-SEC-002");
        Element warn = element(xml, "//testsuite[@name='timeouts']/testcase/failure");
        assertThat(warn.getAttribute("type")).isEqualTo("warn");
        assertThat(warn.getAttribute("message")).isEqualTo("client timeout not set; the default is 120s");
    }

    @Test
    void failsEveryFindingOfAFailedGateWhenNoneIsAnError() throws Exception {
        Document xml = parse(SampleReports.failingWith(List.of(
                Finding.of("MR-X-001", Severity.WARNING, "one", "").at(Location.of("a", 1)),
                Finding.of("MR-X-001", Severity.NOTE, "two", "").at(Location.of("b", 1)))));

        assertThat(elements(xml, "//testcase/failure").getLength()).isEqualTo(2);
    }

    @Test
    void putsTheGateOutputInTheFailingTestcaseBodyAndSystemOut() throws Exception {
        Report report = SampleReports.failingWith(List.of(
                Finding.of("MR-X-002", Severity.WARNING, "advice", "").at(Location.of("a", 1)),
                Finding.of("MR-CMD-001", Severity.ERROR, "`npm test` exited with code 1", "Fix the tests.")));
        report = new Report(report.toolVersion(), report.checklist(), report.startedAt(), report.duration(),
                List.of(withDetails(report.gates().get(0), "FAIL src/a.test.ts\n  expected 2, got 3\n")));
        Document xml = parse(report);

        Element failing = element(xml, "//testcase[@name='MR-CMD-001 checklist.yaml']");
        assertThat(element(xml, "//testcase[@name='MR-CMD-001 checklist.yaml']/failure").getTextContent())
                .isEqualTo("""
                        `npm test` exited with code 1
                        File: checklist.yaml:7:5
                        Severity: error
                        Fix: Fix the tests.
                        Summary: 2 findings
                        Details:
                        FAIL src/a.test.ts
                          expected 2, got 3""");
        assertThat(element(xml, "//testcase[@name='MR-CMD-001 checklist.yaml']/system-out").getTextContent())
                .isEqualTo("FAIL src/a.test.ts\n  expected 2, got 3");
        assertThat(failing.getAttribute("line")).isEqualTo("7");
        assertThat(element(xml, "//testcase[@name='MR-X-002 a']/system-out").getTextContent())
                .doesNotContain("expected 2");
    }

    @Test
    void writesDetailsToSystemOutWithoutAnsiCodes() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        assertThat(element(xml, "//testsuite[@name='tests']/system-out").getTextContent())
                .isEqualTo("> jest\nPASS src/a.test.ts\nRUNS src/<slow>.test.ts\n");
        assertThat(element(xml, "//testsuite[@name='tests']/testcase/system-out").getTextContent())
                .isEqualTo("> jest\nPASS src/a.test.ts\nRUNS src/<slow>.test.ts\n");
        assertThat(element(xml, "//testsuite[@name='tests']/testcase/error").getTextContent())
                .endsWith("Details:\n> jest\nPASS src/a.test.ts\nRUNS src/<slow>.test.ts");
        assertThat(element(xml, "//testsuite[@name='lint']/system-out").getTextContent()).isEmpty();
    }

    @Test
    void namesGateCaseByIdAloneWhenTitleIsEmptyOrTheId() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        assertThat(element(xml, "//testsuite[@name='lint']/testcase").getAttribute("name"))
                .isEqualTo("lint: Lint passes");
        assertThat(element(xml, "//testsuite[@name='timeouts']/testcase").getAttribute("name"))
                .isEqualTo("timeouts");
        assertThat(element(xml, "//testsuite[@name='k8s']/testcase").getAttribute("name")).isEqualTo("k8s");
    }

    @Test
    void keepsWellFormedXmlWhenFindingTextHasControlCodesBrokenSurrogatesAndCdataEnd() throws Exception {
        String hostile = "\u001B[31mred\u001B[0m ]]> nul\u0000 lone\uD800 emoji \uD83D\uDE00 é 漢字";
        Report report = SampleReports.failingWith(List.of(
                Finding.of("MR-SEC-001", Severity.ERROR, hostile, "fix ]]> it")
                        .at(Location.of("src/漢字.ts", 3))));
        report = new Report(report.toolVersion(), report.checklist(), report.startedAt(), report.duration(),
                List.of(withDetails(report.gates().get(0), "out \u001B]0;title\u0007]]>\u0007 \uDC00end")));

        XmlDocuments.validateStrictJunit(renderStrict(report, false));
        String rendered = render(report);
        Document xml = XmlDocuments.parse(rendered);

        String expected = "red ]]> nul lone emoji \uD83D\uDE00 é 漢字";
        Element failure = element(xml, "//testcase/failure");
        assertThat(failure.getAttribute("message")).isEqualTo(expected);
        assertThat(failure.getTextContent()).isEqualTo(expected + """

                File: src/漢字.ts:3
                Severity: error
                Fix: fix ]]> it
                Summary: 1 findings
                Details:
                out ]]> end""");
        assertThat(element(xml, "//testcase").getAttribute("name")).isEqualTo("MR-SEC-001 src/漢字.ts");
        assertThat(element(xml, "//testcase").getAttribute("file")).isEqualTo("src/漢字.ts");
        assertThat(element(xml, "//testcase/system-out").getTextContent()).isEqualTo("out ]]> end");
        assertThat(element(xml, "//testsuite/system-out").getTextContent()).isEqualTo("out ]]> end");
        assertThat(rendered).doesNotContain("]]>").doesNotContain("\u001B");
    }

    @Test
    void writesTimesWithDotUnderGermanLocale() throws Exception {
        Locale.setDefault(Locale.GERMANY);
        String rendered = render(SampleReports.everyStatus());

        Element secrets = element(XmlDocuments.parse(rendered), "//testsuite[@name='secrets']");
        assertThat(secrets.getAttribute("time")).isEqualTo("1.250");
        assertThat(rendered).contains("time=\"1.250\"").doesNotContain("1,250");
        assertThat(rendered).contains("time=\"10.004\"").contains("time=\"0.000\"");
    }

    @Test
    void givesFirstFindingTheWholeGateTimeSoCasesAddUpToTheSuite() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        NodeList cases = elements(xml, "//testsuite[@name='secrets']/testcase");
        assertThat(((Element) cases.item(0)).getAttribute("time")).isEqualTo("1.250");
        assertThat(((Element) cases.item(1)).getAttribute("time")).isEqualTo("0.000");
    }

    @Test
    void numbersRepeatedFindingNamesToKeepThemUnique() throws Exception {
        Finding twice = Finding.of("MR-SEC-001", Severity.ERROR, "key", "").at(Location.of("src/a.ts", 12));
        Finding other = Finding.of("MR-SEC-001", Severity.ERROR, "key", "").at(Location.of("src/b.ts", 12));
        Document xml = parse(SampleReports.failingWith(List.of(twice, twice, other, twice)));

        assertThat(names(elements(xml, "//testcase"))).containsExactly(
                "MR-SEC-001 src/a.ts", "MR-SEC-001 src/a.ts #2", "MR-SEC-001 src/b.ts", "MR-SEC-001 src/a.ts #3");
    }

    @Test
    void keepsTestcaseNamesWhenALineIsInsertedAboveTheFindings() throws Exception {
        List<String> before = names(elements(parse(SampleReports.failingWith(findingsFrom(12))), "//testcase"));
        List<String> after = names(elements(parse(SampleReports.failingWith(findingsFrom(13))), "//testcase"));

        assertThat(after).isEqualTo(before).containsExactly("MR-SEC-001 src/a.ts [5c1f0e7a92b4d863]",
                "MR-SEC-001 src/a.ts [0a1b2c3d4e5f6a7b]", "MR-K8S-011 k8s/app.yaml [Deployment chat-service]",
                "MR-RUN-003 RUNBOOK.md", "MR-RUN-003 RUNBOOK.md #2");
        assertThat(attributes(elements(parse(SampleReports.failingWith(findingsFrom(13))), "//testcase"), "line"))
                .containsExactly("13", "14", "15", "16", "17");
    }

    @Test
    void namesByTheHashOfALongFingerprint() throws Exception {
        Finding finding = Finding.of("MR-K8S-090", Severity.ERROR, "cannot build", "").at(Location.of("k/kustomization.yaml", 4))
                .withFingerprint("MR-K8S-090:k/kustomization.yaml:" + "patch does not apply ".repeat(5));

        String name = element(parse(SampleReports.failingWith(List.of(finding))), "//testcase").getAttribute("name");

        assertThat(name).matches("MR-K8S-090 k/kustomization\\.yaml \\[[0-9a-f]{16}\\]");
    }

    @Test
    void anchorsFindingWithoutLocationAtTheGateDeclaration() throws Exception {
        Document xml = parse(SampleReports.failingWith(List.of(
                Finding.of("MR-CMD-001", Severity.ERROR, "exit code 1", "Fix the tests."))));

        Element testcase = element(xml, "//testcase");
        assertThat(testcase.getAttribute("name")).isEqualTo("MR-CMD-001 checklist.yaml");
        assertThat(testcase.getAttribute("file")).isEqualTo("checklist.yaml");
        assertThat(testcase.getAttribute("line")).isEqualTo("7");
        assertThat(element(xml, "//failure").getTextContent()).contains("File: checklist.yaml:7:5");
    }

    @Test
    void cutsLongMultiLineMessagesToOneLineOf200Characters() throws Exception {
        String longText = "first line\nsecond line " + "x".repeat(300);
        Document xml = parse(SampleReports.failingWith(List.of(
                Finding.of("MR-X-001", Severity.ERROR, longText, "").at(Location.of("a", 1)))));

        String message = element(xml, "//failure").getAttribute("message");
        assertThat(message).startsWith("first line second line xxx").endsWith("x…").hasSize(200);
        assertThat(element(xml, "//failure").getTextContent()).startsWith(longText);
    }

    @Test
    void writesOneSkippedTestcaseWhenNoGatesSelected() throws Exception {
        Report empty = SampleReports.report(List.of());
        XmlDocuments.validateStrictJunit(renderStrict(empty, false));
        String rendered = render(empty);
        Document xml = XmlDocuments.parse(rendered);

        assertThat(elements(xml, "//testsuite").getLength()).isEqualTo(1);
        assertThat(element(xml, "//testsuite").getAttribute("skipped")).isEqualTo("1");
        assertThat(names(elements(xml, "//testcase"))).containsExactly("no gates selected");
        assertThat(element(xml, "//testcase/skipped").getAttribute("message")).isEqualTo("no gates selected");
    }

    @Test
    void writesSuiteHeaderWithUtcTimestampWithoutZoneAndTheGivenHost() throws Exception {
        Element suite = element(parse(SampleReports.everyStatus()), "//testsuite[3]");

        assertThat(suite.getAttribute("package")).isEqualTo("mistral-ready");
        assertThat(suite.getAttribute("id")).isEqualTo("2");
        assertThat(suite.getAttribute("name")).isEqualTo("timeouts");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-08-22T10:15:30");
        assertThat(suite.getAttribute("hostname")).isEqualTo(SampleReports.HOST);
    }

    @Test
    void fallsBackToLocalhostWhenHostnameIsBlank() throws Exception {
        String rendered = Golden.render(new JunitXmlReport(" "), SampleReports.everyStatus());

        assertThat(element(XmlDocuments.parse(rendered), "//testsuite").getAttribute("hostname"))
                .isEqualTo("localhost");
    }

    @Test
    void writesOneRootSuiteWithoutFileLineOrTestcaseOutputInTheStrictForm() throws Exception {
        Document xml = XmlDocuments.parse(renderStrict(SampleReports.everyStatus(), false));

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuite");
        assertThat(root.getAttribute("name")).isEqualTo("mistral-ready");
        assertThat(root.hasAttribute("package")).isFalse();
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(elements(xml, "//testcase[@file or @line]").getLength()).isZero();
        assertThat(elements(xml, "//testcase/system-out").getLength()).isZero();
        assertThat(element(xml, "/testsuite/system-out").getTextContent())
                .contains("--- mistral-ready.timeouts timeouts\nwarning: client timeout not set")
                .contains("--- mistral-ready.tests tests: Unit tests pass\n> jest\nPASS src/a.test.ts");
        assertThat(element(xml, "//property[@name='gate.secrets.type']").getAttribute("value")).isEqualTo("secret-scan");
    }

    private static List<Finding> findingsFrom(int line) {
        return List.of(
                Finding.of("MR-SEC-001", Severity.ERROR, "key", "").at(Location.of("src/a.ts", line))
                        .withFingerprint("MR-SEC-001:src/a.ts:5c1f0e7a92b4d863"),
                Finding.of("MR-SEC-001", Severity.ERROR, "key", "").at(Location.of("src/a.ts", line + 1))
                        .withFingerprint("MR-SEC-001:src/a.ts:0a1b2c3d4e5f6a7b"),
                Finding.of("MR-K8S-011", Severity.ERROR, "no budget", "").at(Location.of("k8s/app.yaml", line + 2))
                        .withFingerprint("MR-K8S-011:k8s/app.yaml:Deployment chat-service"),
                Finding.of("MR-RUN-003", Severity.ERROR, "no rollback", "").at(Location.of("RUNBOOK.md", line + 3)),
                Finding.of("MR-RUN-003", Severity.ERROR, "no escalation", "").at(Location.of("RUNBOOK.md", line + 4)));
    }

    private static String renderStrict(Report report, boolean warningsFail) throws Exception {
        return Golden.render(new JunitXmlReport(SampleReports.HOST, new JunitOptions(true, warningsFail)), report);
    }

    private static List<String> attributes(NodeList elements, String attribute) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static GateResult withDetails(GateResult gate, String details) {
        Outcome outcome = gate.outcome().withDetails(details);
        return new GateResult(gate.id(), gate.type(), gate.title(), gate.severity(), outcome, gate.duration(),
                gate.declaredAt());
    }

    private static String render(Report report) throws Exception {
        return Golden.render(new JunitXmlReport(SampleReports.HOST), report);
    }

    private static Document parse(Report report) throws Exception {
        return XmlDocuments.parse(render(report));
    }

    private static Element element(Document xml, String xpath) throws Exception {
        Element found = (Element) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.NODE);
        assertThat(found).as(xpath).isNotNull();
        return found;
    }

    private static NodeList elements(Document xml, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.NODESET);
    }

    private static List<String> names(NodeList testcases) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < testcases.getLength(); i++) {
            names.add(((Element) testcases.item(i)).getAttribute("name"));
        }
        return names;
    }
}
