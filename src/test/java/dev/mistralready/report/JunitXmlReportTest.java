package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
    void validatesAgainstStrictSchemaForEveryStatus() {
        assertThatCode(() -> XmlDocuments.validateStrictJunit(render(SampleReports.everyStatus())))
                .doesNotThrowAnyException();
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
        assertThat(testcase.getAttribute("name")).isEqualTo("MR-SEC-001 src/a.ts:12");
        assertThat(testcase.getAttribute("classname")).isEqualTo("mistral-ready.secrets");
    }

    @Test
    void mapsEachStatusToItsResultElement() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        assertThat(element(xml, "//testsuite[@name='lint']/testcase").getChildNodes().getLength()).isZero();
        assertThat(elements(xml, "//testsuite[@name='secrets']/testcase/failure").getLength()).isEqualTo(2);
        Element warn = element(xml, "//testsuite[@name='timeouts']/testcase/failure");
        assertThat(warn.getAttribute("type")).isEqualTo("warn");
        assertThat(warn.getAttribute("message")).isEqualTo("client timeout not set; the default is 120s");
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
        assertThat(secrets.getAttribute("failures")).isEqualTo("2");
        Element tests = element(xml, "//testsuite[@name='tests']");
        assertThat(tests.getAttribute("errors")).isEqualTo("1");
        assertThat(tests.getAttribute("failures")).isEqualTo("0");
        assertThat(element(xml, "//testsuite[@name='k8s']").getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void writesDetailsToSystemOutWithoutAnsiCodes() throws Exception {
        Document xml = parse(SampleReports.everyStatus());

        assertThat(element(xml, "//testsuite[@name='tests']/system-out").getTextContent())
                .isEqualTo("> jest\nPASS src/a.test.ts\nRUNS src/<slow>.test.ts\n");
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

        String rendered = render(report);
        XmlDocuments.validateStrictJunit(rendered);
        Document xml = XmlDocuments.parse(rendered);

        String expected = "red ]]> nul lone emoji \uD83D\uDE00 é 漢字";
        Element failure = element(xml, "//testcase/failure");
        assertThat(failure.getAttribute("message")).isEqualTo(expected);
        assertThat(failure.getTextContent()).isEqualTo(expected + """

                File: src/漢字.ts:3
                Severity: error
                Fix: fix ]]> it
                Summary: 1 findings""");
        assertThat(element(xml, "//testcase").getAttribute("name")).isEqualTo("MR-SEC-001 src/漢字.ts:3");
        assertThat(element(xml, "//system-out").getTextContent()).isEqualTo("out ]]> end");
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
                "MR-SEC-001 src/a.ts:12", "MR-SEC-001 src/a.ts:12 #2", "MR-SEC-001 src/b.ts:12",
                "MR-SEC-001 src/a.ts:12 #3");
    }

    @Test
    void anchorsFindingWithoutLocationAtTheGateDeclaration() throws Exception {
        Document xml = parse(SampleReports.failingWith(List.of(
                Finding.of("MR-CMD-001", Severity.ERROR, "exit code 1", "Fix the tests."))));

        Element testcase = element(xml, "//testcase");
        assertThat(testcase.getAttribute("name")).isEqualTo("MR-CMD-001 checklist.yaml:7");
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
        String rendered = render(empty);
        XmlDocuments.validateStrictJunit(rendered);
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
