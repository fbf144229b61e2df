package dev.mistralready.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit XML that validates against the strict Ant schema and is read by Jenkins, GitLab, Azure and the
 * GitHub reporters (dorny/test-reporter, mikepenz/action-junit-report): {@code <testsuites>} without
 * attributes, one {@code <testsuite>} per gate in report order, children in the order properties,
 * testcases, system-out, system-err. How gates become testcases is decided by {@link JunitSuites}.
 */
public final class JunitXmlReport implements ReportWriter {

    private final Supplier<String> hostname;

    /** Names the suites' host after this machine, looked up when a report is written. */
    public JunitXmlReport() {
        this.hostname = LocalHostName::find;
    }

    /** Names the suites' host {@code hostname}, e.g. for reproducible output in tests. */
    public JunitXmlReport(String hostname) {
        Objects.requireNonNull(hostname, "hostname");
        this.hostname = () -> hostname;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String host = hostname.get();
        if (XmlText.clean(host).isBlank()) {
            host = LocalHostName.FALLBACK;
        }
        String timestamp = JunitTime.timestamp(report.startedAt());
        List<JunitSuite> suites = JunitSuites.of(report);
        try {
            IndentedXml xml = new IndentedXml(out);
            xml.start("testsuites");
            for (int id = 0; id < suites.size(); id++) {
                writeSuite(xml, suites.get(id), id, timestamp, host);
            }
            xml.end();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(IndentedXml xml, JunitSuite suite, int id, String timestamp, String host)
            throws XMLStreamException {
        xml.start("testsuite");
        xml.attribute("package", JunitSuites.PACKAGE);
        xml.attribute("id", id);
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

        if (suite.systemOut().isEmpty()) {
            xml.empty("system-out");
        } else {
            xml.startText("system-out");
            xml.text(suite.systemOut());
            xml.endText();
        }
        xml.empty("system-err");
        xml.end();
    }

    private static void writeCase(IndentedXml xml, JunitCase testcase) throws XMLStreamException {
        String child = testcase.isFailure() ? "failure" : testcase.isError() ? "error" : null;
        if (child == null && !testcase.isSkipped()) {
            xml.empty("testcase");
            caseAttributes(xml, testcase);
            return;
        }
        xml.start("testcase");
        caseAttributes(xml, testcase);
        if (child == null) {
            xml.empty("skipped");
            xml.attribute("message", testcase.message());
        } else {
            xml.startText(child);
            xml.attribute("type", testcase.type());
            xml.attribute("message", testcase.message());
            xml.text(testcase.body());
            xml.endText();
        }
        xml.end();
    }

    private static void caseAttributes(IndentedXml xml, JunitCase testcase) throws XMLStreamException {
        xml.attribute("classname", testcase.classname());
        xml.attribute("name", testcase.name());
        xml.attribute("time", JunitTime.seconds(testcase.time()));
    }
}
