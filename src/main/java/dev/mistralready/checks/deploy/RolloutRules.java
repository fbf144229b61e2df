package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.WorkloadRules.ALL_UNAVAILABLE;
import static dev.mistralready.checks.deploy.WorkloadRules.CANARY_STRAIGHT_TO_FULL;
import static dev.mistralready.checks.deploy.WorkloadRules.NO_REVISION_HISTORY;
import static dev.mistralready.checks.deploy.WorkloadRules.RECREATE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import java.util.List;

/**
 * How a workload rolls out and back. A Deployment rolls pods gradually unless it is {@code Recreate}
 * or lets every pod go at once. An Argo Rollout canary without {@code steps} is, per Argo's docs, a
 * rolling update like a Deployment's, so it is judged like one; a canary whose steps send all
 * traffic to the new version before any lower weight, pause, analysis or experiment is not gradual.
 */
final class RolloutRules {

    void check(Workload workload, List<Finding> findings) {
        String kind = workload.object().kind();
        JsonNode strategy = workload.spec().path("strategy");
        if (kind.equals("Deployment")) {
            if (strategy.path("type").asText("").equals("Recreate")) {
                findings.add(WorkloadFinding.of(RECREATE, Severity.ERROR, workload, null, "/spec/strategy/type",
                        "the `Recreate` strategy stops every pod before starting the new version",
                        "Use `strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}`."));
            } else {
                allUnavailable(workload, strategy.path("rollingUpdate"), "/spec/strategy/rollingUpdate", findings);
            }
        } else if (kind.equals("Rollout") && strategy.has("canary")) {
            JsonNode steps = strategy.path("canary").path("steps");
            if (!steps.isArray() || steps.isEmpty()) {
                allUnavailable(workload, strategy.path("canary"), "/spec/strategy/canary", findings);
            } else {
                straightToFull(workload, steps, findings);
            }
        }
        revisionHistory(workload, findings);
    }

    private static void allUnavailable(Workload workload, JsonNode rolling, String pointer, List<Finding> findings) {
        if (rolling.path("maxUnavailable").asText("").equals("100%")) {
            findings.add(WorkloadFinding.of(ALL_UNAVAILABLE, Severity.ERROR, workload, null, pointer + "/maxUnavailable",
                    "`maxUnavailable: 100%` takes every pod down at once, which is not a gradual rollout",
                    "Set `maxUnavailable` to 0 or 25% so old pods serve until new ones are ready."));
        }
    }

    /** Reports the first {@code setWeight: 100} that nothing gradual comes before. */
    private static void straightToFull(Workload workload, JsonNode steps, List<Finding> findings) {
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (step.has("pause") || step.has("analysis") || step.has("experiment")) {
                return;
            }
            JsonNode weight = step.path("setWeight");
            if (weight.isNumber() && weight.asInt() > 0 && weight.asInt() < 100) {
                return;
            }
            if (weight.isNumber() && weight.asInt() >= 100) {
                findings.add(WorkloadFinding.of(CANARY_STRAIGHT_TO_FULL, Severity.ERROR, workload, null,
                        "/spec/strategy/canary/steps/" + i + "/setWeight",
                        "the canary's step " + (i + 1) + " is `setWeight: " + weight.asInt() + "` with no lower weight, "
                                + "pause or analysis before it, so all traffic shifts to the new version at once",
                        "Start with a small weight and wait before full traffic, e.g. `steps: [{setWeight: 10}, "
                                + "{pause: {duration: 5m}}, {setWeight: 50}, {pause: {}}]` (steps end at 100%)."));
                return;
            }
        }
    }

    private static void revisionHistory(Workload workload, List<Finding> findings) {
        JsonNode limit = workload.spec().path("revisionHistoryLimit");
        if (limit.isNumber() && limit.asInt() == 0) {
            findings.add(WorkloadFinding.of(NO_REVISION_HISTORY, Severity.ERROR, workload, null, "/spec/revisionHistoryLimit",
                    "`revisionHistoryLimit: 0` keeps no old revision, so `kubectl rollout undo` has nothing to go back to",
                    "Remove `revisionHistoryLimit` or set it to at least 3."));
        }
    }
}
