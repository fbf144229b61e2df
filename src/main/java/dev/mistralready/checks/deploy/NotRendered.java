package dev.mistralready.checks.deploy;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import dev.mistralready.project.config.HelmChart;
import java.util.ArrayList;
import java.util.List;

/**
 * What templates the gate could not render do to its verdict, as unread files do: the verdict on what
 * was read stands, but a PASS or a SKIP becomes a WARN that says what was not checked, so a project
 * whose manifests are all in a chart never passes on nothing checked.
 */
final class NotRendered {

    private static final String SKIP_PREFIX = "skipped: ";

    private NotRendered() {
    }

    static Outcome limit(Outcome verdict, List<HelmChart> charts, List<String> templates) {
        if (charts.isEmpty() && templates.isEmpty()) {
            return verdict;
        }
        List<String> parts = new ArrayList<>();
        if (!charts.isEmpty()) {
            parts.add(charts.size() + (charts.size() == 1 ? " Helm chart" : " Helm charts") + " not rendered (helm is not on "
                    + "the PATH): " + String.join(", ", charts.stream().map(HelmChart::shown).toList()));
        }
        if (!templates.isEmpty()) {
            parts.add(templates.size() + (templates.size() == 1 ? " template file" : " template files")
                    + " not rendered (`{{ … }}` outside a chart)");
        }
        String what = String.join("; ", parts);
        if (verdict.status() == Status.SKIP) {
            String summary = verdict.summary().startsWith(SKIP_PREFIX + "no Kubernetes manifests read")
                    ? "not checked: " + what
                    : verdict.summary().substring(verdict.summary().startsWith(SKIP_PREFIX) ? SKIP_PREFIX.length() : 0)
                            + "; " + what;
            return new Outcome(Status.WARN, summary, verdict.findings(), verdict.details(), verdict.baselined());
        }
        Status status = verdict.status() == Status.PASS ? Status.WARN : verdict.status();
        return new Outcome(status, verdict.summary() + "; " + what, verdict.findings(), verdict.details(), verdict.baselined());
    }
}
