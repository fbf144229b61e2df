package dev.mistralready.checks.monitoring;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.http.HttpReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks Prometheus each check's queries and judges the answers. A built-in check asks the query of each
 * preset in {@code metrics} (a query several presets share, such as Resilience4j's breaker state, is
 * asked once) and is:
 * <ul>
 *   <li>FAIL when any preset's query is over the threshold: whichever metrics the app exports, the
 *       Mistral integration is in that state;</li>
 *   <li>ERROR when a query could not be asked (refused, unreadable) and none is over;</li>
 *   <li>PASS when at least one preset's query has data and none is over: the presets the app does not use
 *       have no series, which the details name but which is no warning (a team exports one naming);</li>
 *   <li>WARN when no preset's query has data: a metric that does not exist is not a pass.</li>
 * </ul>
 * The first request that gets no answer at all stops the run ({@link Unanswered}): the others would
 * wait for the same timeout.
 */
final class QueryRun {

    private final PrometheusApi api;

    QueryRun(PrometheusApi api) {
        this.api = api;
    }

    /** No HTTP answer to a query: the gate cannot check anything. */
    static final class Unanswered extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient HttpReply.NoAnswer none;

        Unanswered(HttpReply.NoAnswer none) {
            super(none.failure().description(), null, false, false);
            this.none = none;
        }

        HttpReply.NoAnswer none() {
            return none;
        }
    }

    /** One query's outcome: its evaluation, or why there is none (a finding's message and rule). */
    private record Asked(String presets, String query, Evaluation evaluation, String problem, String ruleId,
                         List<String> warnings) {
        boolean failed() {
            return evaluation == null;
        }
    }

    CheckResult builtIn(BuiltInCheck check, List<String> presets) throws Unanswered {
        Map<String, List<String>> byQuery = new LinkedHashMap<>();
        for (String preset : presets) {
            String query = check.queries().get(preset);
            if (query != null) {
                byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(preset);
            }
        }
        if (byQuery.isEmpty()) {
            String why = "not checked: no preset of `metrics` (" + String.join(", ", presets) + ") has a metric for it";
            return new CheckResult(check.id(), Status.SKIP, check.id() + " (not checked)", "SKIP " + check.id() + ": "
                    + why, List.of());
        }
        List<Asked> asked = new ArrayList<>();
        for (Map.Entry<String, List<String>> query : byQuery.entrySet()) {
            asked.add(instant(String.join(", ", query.getValue()), query.getKey(), Operator.GREATER, check.threshold()));
        }
        return judge(check.id(), check.title(), check.ruleId(), PrometheusRuleCatalogue.fixOf(check), Operator.GREATER,
                check.threshold(), check.unit(), asked);
    }

    CheckResult custom(QuerySpec spec) throws Unanswered {
        Asked asked;
        if (spec.holdFor().isPresent()) {
            asked = window(spec);
        } else {
            asked = instant("", spec.query(), spec.op(), spec.threshold());
        }
        return judge(spec.name(), "query `" + spec.name() + "`", PrometheusRules.QUERY_OVER,
                "Find what drives `" + spec.name() + "` over its threshold before the rollout goes on, and roll back if "
                        + "the deploy caused it; change `threshold` only if the value is normal for this service.",
                spec.op(), spec.threshold(), "", List.of(asked));
    }

    private Asked instant(String presets, String query, Operator op, double threshold) throws Unanswered {
        PrometheusApi.Reply reply = api.instant(query);
        return asked(presets, query, reply, result -> Evaluation.ofInstant(result, op, threshold));
    }

    private Asked window(QuerySpec spec) throws Unanswered {
        long window = spec.holdFor().orElseThrow().toSeconds();
        long step = spec.step().toSeconds();
        int steps = (int) (window / Math.max(1, step)) + 1;
        PrometheusApi.Reply reply = api.range(spec.query(), spec.holdFor().orElseThrow(), spec.step());
        return asked("", spec.query(), reply,
                result -> Evaluation.ofWindow(result, spec.op(), spec.threshold(), steps));
    }

    private interface Judge {
        Evaluation of(QueryResult result);
    }

    private static Asked asked(String presets, String query, PrometheusApi.Reply reply, Judge judge) throws Unanswered {
        if (reply instanceof PrometheusApi.Reply.NoAnswer none) {
            throw new Unanswered(none.none());
        }
        PrometheusAnswer answer = ((PrometheusApi.Reply.Answered) reply).answer();
        if (answer instanceof PrometheusAnswer.Refused refused) {
            String type = refused.errorType().isEmpty() ? "" : " " + refused.errorType();
            String error = refused.error().isEmpty() ? "" : ": " + refused.error();
            return new Asked(presets, query, null, "Prometheus refused the query (" + refused.code() + type + error + ")",
                    PrometheusRules.REFUSED, List.of());
        }
        if (answer instanceof PrometheusAnswer.Malformed malformed) {
            return new Asked(presets, query, null, "the answer (" + malformed.code() + ") is not the Prometheus API's: "
                    + malformed.problem(), PrometheusRules.UNREADABLE, List.of());
        }
        PrometheusAnswer.Data data = (PrometheusAnswer.Data) answer;
        Evaluation evaluation = judge.of(data.result());
        if (evaluation instanceof Evaluation.Unusable unusable) {
            return new Asked(presets, query, null, unusable.problem(), PrometheusRules.UNREADABLE, data.warnings());
        }
        return new Asked(presets, query, evaluation, "", "", data.warnings());
    }

    private static CheckResult judge(String name, String title, String overRule, String overFix, Operator op,
                                     double threshold, String unit, List<Asked> asked) {
        List<Finding> findings = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> under = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String threshText = SampleValue.show(threshold);
        String unitText = unit.isEmpty() ? "" : " " + unit;
        for (Asked one : asked) {
            String where = (one.presets().isEmpty() ? "" : one.presets() + ": ") + one.query();
            one.warnings().forEach(warning -> notes.add("Prometheus warns: " + warning));
            if (one.failed()) {
                errors.add(one.problem());
                findings.add(Finding.of(one.ruleId(), Severity.ERROR, name + ": " + one.problem() + " (" + where + ")",
                        one.ruleId().equals(PrometheusRules.REFUSED) ? refusedFix(one.problem())
                                : "Point `url` at the Prometheus HTTP API's base address (the one /api/v1/query is under), "
                                        + "not its web UI or a login page, and make the query return an instant vector "
                                        + "or a scalar."));
                continue;
            }
            Evaluation evaluation = one.evaluation();
            if (evaluation instanceof Evaluation.Over hit) {
                String value = SampleValue.show(hit.value()) + unitText + " " + op.symbol() + " " + threshText;
                over.add(value + presetsOf(one));
                String series = hit.series().equals(List.of("{}")) ? "" : " in " + String.join(", ", hit.series())
                        + (hit.count() > hit.series().size() ? " and " + (hit.count() - hit.series().size()) + " more series" : "");
                findings.add(Finding.of(overRule, Severity.ERROR, title + ": " + value + series + " (" + where + ")",
                        overFix));
            } else if (evaluation instanceof Evaluation.Under fine) {
                under.add(SampleValue.show(fine.value()) + unitText + " " + op.negated() + " " + threshText + presetsOf(one)
                        + (fine.note().isEmpty() ? "" : ", " + fine.note()));
            } else if (evaluation instanceof Evaluation.NotANumber nan) {
                empty.add(where + " (NaN: no samples to compute it from)");
            } else {
                empty.add(where);
            }
        }
        Status status;
        String brief;
        String line;
        if (!over.isEmpty()) {
            status = Status.FAIL;
            brief = name + " " + over.get(0);
            line = String.join("; ", over);
        } else if (!errors.isEmpty()) {
            status = Status.ERROR;
            brief = name;
            line = String.join("; ", errors);
        } else if (!under.isEmpty()) {
            status = Status.PASS;
            brief = name;
            line = String.join("; ", under);
        } else {
            status = Status.WARN;
            brief = name;
            line = "no series";
            String queries = String.join("; ", empty);
            findings.add(Finding.of(PrometheusRules.NO_DATA, Severity.WARNING, name + ": no data, so not checked: "
                    + (asked.size() == 1 ? "the query returned no series: " : "no query returned a series: ") + queries,
                    "Check that the app exports the metric and Prometheus scrapes it (`up` of its job), that the name "
                            + "and labels match" + (asked.size() > 1 || !asked.get(0).presets().isEmpty()
                            ? " (set `metrics` to the preset the app uses, or write the check in `queries`)" : "")
                            + ", and that there was traffic in the window."));
        }
        StringBuilder details = new StringBuilder(status + " " + name + ": " + line);
        if (status != Status.WARN && !empty.isEmpty()) {
            details.append("; no series: ").append(String.join("; ", empty));
        } else if (status == Status.WARN) {
            details.append(": ").append(String.join("; ", empty));
        }
        notes.forEach(note -> details.append("; ").append(note));
        return new CheckResult(name, status, brief, details.toString(), findings,
                status == Status.ERROR ? errors.get(0) : "");
    }

    private static String presetsOf(Asked one) {
        return one.presets().isEmpty() ? "" : " (" + one.presets() + ")";
    }

    private static String refusedFix(String problem) {
        if (problem.contains("(401") || problem.contains("(403")) {
            return "Send the credentials Prometheus (or the proxy in front of it) expects in `headers`, from a variable "
                    + "`header-env` declares.";
        }
        return "Fix the query as the server's error says (try it in the Prometheus UI), or point `url` at a server "
                + "that runs it; a 503 is a server that is overloaded or not ready: try again later.";
    }
}
