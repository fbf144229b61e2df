package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The test schema must reject what the strict Ant schema rejects, or validating against it proves nothing. */
class StrictJunitSchemaTest {

    /** The strict variant of ci-reports.md §2.4, known to validate against the Ant schema. */
    private static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites>
              <testsuite package="mistral-ready" id="0" name="mistral-ready" timestamp="2026-08-22T10:15:30"
                         hostname="localhost" tests="3" failures="1" errors="1" skipped="1" time="1.250">
                <properties>
                  <property name="checklist" value="checklist.yaml"/>
                </properties>
                <testcase classname="mistral-ready.security" name="MR-SEC-001 credential probe" time="0.812"/>
                <testcase classname="mistral-ready.kubernetes" name="MR-K8S-002 readiness probe" time="0.004">
                  <failure type="MR-K8S-002" message="no readinessProbe">File: k8s/deployment.yaml:17</failure>
                </testcase>
                <testcase classname="mistral-ready.build" name="MR-BLD-001 test command" time="0.430">
                  <error type="timeout" message="command exceeded 300s"/>
                </testcase>
                <testcase classname="mistral-ready.observability" name="MR-OBS-003 alert rules" time="0">
                  <skipped message="no alert-rules path configured"/>
                </testcase>
                <system-out><![CDATA[]]></system-out>
                <system-err/>
              </testsuite>
            </testsuites>
            """;

    @Test
    void acceptsTheStrictReferenceExample() {
        assertThatCode(() -> XmlDocuments.validateStrictJunit(VALID)).doesNotThrowAnyException();
    }

    @Test
    void acceptsASingleSuiteAsTheRootAsAntJunitreportReadsIt() {
        assertThatCode(() -> XmlDocuments.validateStrictJunit(singleSuite(VALID))).doesNotThrowAnyException();
    }

    @Test
    void rejectsPackageAndIdOnARootSuite() {
        assertRejected(singleSuite(VALID).replace("<testsuite ", "<testsuite package=\"mistral-ready\" "), "package");
        assertRejected(singleSuite(VALID).replace("<testsuite ", "<testsuite id=\"0\" "), "id");
    }

    @Test
    void rejectsSystemOutInATestcase() {
        assertRejected(VALID.replace("<skipped message=\"no alert-rules path configured\"/>",
                "<skipped message=\"no alert-rules path configured\"/><system-out>x</system-out>"), "system-out");
    }

    @Test
    void rejectsAttributesOnTestsuites() {
        assertRejected(VALID.replace("<testsuites>", "<testsuites name=\"mistral-ready\">"), "name");
    }

    @Test
    void rejectsFileAttributeOnTestcase() {
        assertRejected(VALID.replace("name=\"MR-SEC-001 credential probe\"",
                "name=\"MR-SEC-001 credential probe\" file=\"src/a.ts\""), "file");
    }

    @Test
    void rejectsFailureWithoutType() {
        assertRejected(VALID.replace("<failure type=\"MR-K8S-002\" ", "<failure "), "type");
    }

    @Test
    void rejectsSuiteWithoutPackageOrHostname() {
        assertRejected(VALID.replace("package=\"mistral-ready\" ", ""), "package");
        assertRejected(VALID.replace("hostname=\"localhost\" ", ""), "hostname");
    }

    @Test
    void rejectsTimestampWithZone() {
        assertRejected(VALID.replace("2026-08-22T10:15:30", "2026-08-22T10:15:30Z"), "2026-08-22T10:15:30Z");
    }

    @Test
    void rejectsTimeWithDecimalComma() {
        assertRejected(VALID.replace("time=\"0.812\"", "time=\"0,812\""), "0,812");
    }

    @Test
    void rejectsChildrenOutOfOrder() {
        String outFirst = VALID.replace("    <system-out><![CDATA[]]></system-out>\n", "")
                .replace("<properties>", "<system-out/><properties>");
        assertRejected(outFirst, "system-out");
    }

    @Test
    void rejectsMissingSystemErrAndMissingProperties() {
        assertRejected(VALID.replace("<system-err/>", ""), "system-err");
        assertRejected(VALID.replaceAll("(?s)<properties>.*</properties>", ""), "properties");
    }

    @Test
    void rejectsTwoResultsInOneTestcase() {
        assertRejected(VALID.replace("<error type=\"timeout\" message=\"command exceeded 300s\"/>",
                "<error type=\"timeout\"/><skipped/>"), "skipped");
    }

    @Test
    void rejectsTestcaseWithoutTime() {
        assertRejected(VALID.replace(" time=\"0.430\"", ""), "time");
    }

    /** {@code xml} with its one suite as the root, without the package and id Ant adds when it collects suites. */
    private static String singleSuite(String xml) {
        return xml.replace("<testsuites>\n", "").replace("</testsuites>\n", "")
                .replace("package=\"mistral-ready\" id=\"0\" ", "");
    }

    private static void assertRejected(String xml, String mentioned) {
        assertThatThrownBy(() -> XmlDocuments.validateStrictJunit(xml))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining(mentioned);
    }
}
