package dev.mistralready.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit XML for CI viewers: Jenkins, GitLab, Azure and the GitHub reporters (dorny/test-reporter,
 * mikepenz/action-junit-report). By default, {@code <testsuites>} holds one {@code <testsuite>} per gate
 * in report order, and each testcase has {@code file} and {@code line} (relative to the checked
 * directory) and its own {@code <system-out>}. With {@link JunitOptions#antStrict()} the document
 * validates against the strict Ant schema and is read by Ant's {@code junitreport}: a single
 * {@code <testsuite>} root, no attributes or elements Ant does not declare, children in the order
 * properties, testcases, system-out, system-err. How gates become testcases is decided by
 * {@link JunitSuites}.
 */
public final class JunitXmlReport implements ReportWriter {

    private final Supplier<String> hostname;
    private final JunitOptions options;

    /** The viewer form, the host named after this machine, looked up when a report is written. */
    public JunitXmlReport() {
        this(JunitOptions.VIEWERS);
    }

    /** Names the suites' host after this machine, looked up when a report is written. */
    public JunitXmlReport(JunitOptions options) {
        this.hostname = LocalHostName::find;
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The viewer form, the host named {@code hostname}, e.g. for reproducible output in tests. */
    public JunitXmlReport(String hostname) {
        this(hostname, JunitOptions.VIEWERS);
    }

    /** Names the suites' host {@code hostname}, e.g. for reproducible output in tests. */
    public JunitXmlReport(String hostname, JunitOptions options) {
        Objects.requireNonNull(hostname, "hostname");
        this.hostname = () -> hostname;
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String host = hostname.get();
        if (XmlText.clean(host).isBlank()) {
            host = LocalHostName.FALLBACK;
        }
        String timestamp = JunitTime.timestamp(report.startedAt());
        try {
            IndentedXml xml = new IndentedXml(out);
            if (options.antStrict()) {
                writeSuite(xml, JunitSuites.single(report, options), -1, timestamp, host);
            } else {
                List<JunitSuite> suites = JunitSuites.perGate(report, options);
                xml.start("testsuites");
                for (int id = 0; id < suites.size(); id++) {
                    writeSuite(xml, suites.get(id), id, timestamp, host);
                }
                xml.end();
            }
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    /** {@code id} -1: the document's root suite, which Ant declares without {@code package} and {@code id}. */
    private void writeSuite(IndentedXml xml, JunitSuite suite, int id, String timestamp, String host)
            throws XMLStreamException {
        xml.start("testsuite");
        if (id >= 0) {
            xml.attribute("package", JunitSuites.PACKAGE);
            xml.attribute("id", id);
        }
        xml.attribute("name", suite.name());
        xml.attribute("timestamp", timestamp);
        xml.attribute("hostname", host);
        xml.attribute("tests", suite.cases().size());
        xml.attribute("failures", suite.failures());
        xml.attribute("errors", suite.errors());
        xml.attribute("skipped", suite.skipped());
        xml.attribute("time", JunitTime.seconds(suite.time()));

        xml.start("properties");
        for (JunitSuite.Property property : suite.properties()) {
            xml.empty("property");
            xml.attribute("name", property.name());
            xml.attribute("value", property.value());
        }
        xml.end();

        for (JunitCase testcase : suite.cases()) {
            writeCase(xml, testcase);
        }

        textElement(xml, "system-out", suite.systemOut());
        xml.empty("system-err");
        xml.end();
    }

    private void writeCase(IndentedXml xml, JunitCase testcase) throws XMLStreamException {
        String child = testcase.isFailure() ? "failure" : testcase.isError() ? "error" : null;
        boolean systemOut = !options.antStrict() && !testcase.systemOut().isBlank();
        if (child == null && !testcase.isSkipped() && !systemOut) {
            xml.empty("testcase");
            caseAttributes(xml, testcase);
            return;
        }
        xml.start("testcase");
        caseAttributes(xml, testcase);
        if (testcase.isSkipped()) {
            xml.empty("skipped");
            xml.attribute("message", testcase.message());
        } else if (child != null) {
            xml.startText(child);
            xml.attribute("type", testcase.type());
            xml.attribute("message", testcase.message());
            xml.text(testcase.body());
            xml.endText();
        }
        if (systemOut) {
            textElement(xml, "system-out", testcase.systemOut());
        }
        xml.end();
    }

    private void caseAttributes(IndentedXml xml, JunitCase testcase) throws XMLStreamException {
        xml.attribute("classname", testcase.classname());
        xml.attribute("name", testcase.name());
        xml.attribute("time", JunitTime.seconds(testcase.time()));
        if (!options.antStrict() && testcase.at().isPresent()) {
            xml.attribute("file", testcase.at().get().file());
            xml.attribute("line", testcase.at().get().line());
        }
    }

    private static void textElement(IndentedXml xml, String element, String text) throws XMLStreamException {
        if (text.isEmpty()) {
            xml.empty(element);
        } else {
            xml.startText(element);
            xml.text(text);
            xml.endText();
        }
    }
}
