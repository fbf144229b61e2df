package dev.mistralready.report;

/**
 * How to write JUnit XML. The default is the form CI viewers read best: each testcase says where its
 * finding is ({@code file}, {@code line}) and carries its own {@code <system-out>}, and warnings are
 * passing testcases. {@code antStrict} writes what the Apache Ant schema and Ant's {@code junitreport}
 * accept instead: one {@code <testsuite>} root and no attributes or elements Ant does not declare.
 *
 * @param antStrict    write the Ant-schema form instead of the viewer form
 * @param warningsFail warnings fail the run ({@code --fail-on warning}), so they are written as failures
 */
public record JunitOptions(boolean antStrict, boolean warningsFail) {

    /** The viewer form; warnings pass. */
    public static final JunitOptions VIEWERS = new JunitOptions(false, false);
}
