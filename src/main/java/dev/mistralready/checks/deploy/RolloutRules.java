package dev.mistralready.checks.deploy;

import static dev.mistralready.checks.deploy.WorkloadRules.ALL_UNAVAILABLE;
import static dev.mistralready.checks.deploy.WorkloadRules.CANARY_STRAIGHT_TO_FULL;
import static dev.mistralready.checks.deploy.WorkloadRules.NO_REVISION_HISTORY;
import static dev.mistralready.checks.deploy.WorkloadRules.RECREATE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Severity;
import java.util.List;
import java.util.Optional;

/**
 * How a workload rolls out and back. A Deployment rolls pods gradually unless it is {@code Recreate}
 * or lets every pod go at once. An Argo Rollout canary without {@code steps} is, per Argo's docs, a
 * rolling update like a Deployment's, so it is judged like one; a canary whose steps send all
 * traffic to the new version before any lower weight, pause, analysis or experiment is not gradual.
 * A Deployment that a Rollout runs by {@code workloadRef} rolls out as that Rollout says, so the
 * Rollout's strategy is judged, and its findings sit on the Rollout's lines.
 */
final class RolloutRules {

    private final List<KubeObject> allObjects;

    RolloutRules(List<KubeObject> allObjects) {
        this.allObjects = List.copyOf(allObjects);
    }

    void check(Workload workload, List<Finding> findings) {
        Optional<KubeObject> runningRollout = WorkloadRef.rolloutRunning(workload, allObjects);
        KubeObject owner = runningRollout.orElse(workload.object());
        String ownerText = runningRollout.map(rollout -> rollout.shownAs() + " (" + rollout.file()
                + "), which runs these pods by `workloadRef`: ").orElse("");
        Place place = new Place(workload, owner, ownerText);
        JsonNode strategy = owner.root().path("spec").path("strategy");
        if (owner.kind().equals("Deployment")) {
            if (strategy.path("type").asText("").equals("Recreate")) {
                findings.add(place.finding(RECREATE, "/spec/strategy/type",
                        "the `Recreate` strategy stops every pod before starting the new version",
                        "Use `strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 1}}`."));
            } else {
                allUnavailable(place, strategy.path("rollingUpdate"), "/spec/strategy/rollingUpdate", findings);
            }
        } else if (owner.kind().equals("Rollout") && strategy.has("canary")) {
            JsonNode steps = strategy.path("canary").path("steps");
            if (!steps.isArray() || steps.isEmpty()) {
                allUnavailable(place, strategy.path("canary"), "/spec/strategy/canary", findings);
            } else {
                straightToFull(place, steps, findings);
            }
        }
        revisionHistory(place, owner, findings);
    }

    /** Where a rollout finding about a workload sits: on the workload, or on the Rollout that runs it. */
    private record Place(Workload workload, KubeObject owner, String ownerText) {
        Finding finding(String rule, String pointer, String message, String fix) {
            return WorkloadFinding.on(rule, Severity.ERROR, workload, null, owner, pointer, ownerText + message, fix);
        }
    }

    private static void allUnavailable(Place place, JsonNode rolling, String pointer, List<Finding> findings) {
        if (rolling.path("maxUnavailable").asText("").equals("100%")) {
            findings.add(place.finding(ALL_UNAVAILABLE, pointer + "/maxUnavailable",
                    "`maxUnavailable: 100%` takes every pod down at once, which is not a gradual rollout",
                    "Set `maxUnavailable` to 0 (or a small share such as 25%), so old pods keep serving until new ones are ready."));
        }
    }

    /** Reports the first {@code setWeight: 100} that nothing gradual comes before. */
    private static void straightToFull(Place place, JsonNode steps, List<Finding> findings) {
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
                findings.add(place.finding(CANARY_STRAIGHT_TO_FULL, "/spec/strategy/canary/steps/" + i + "/setWeight",
                        "the canary's step " + (i + 1) + " is `setWeight: " + weight.asInt() + "` with no lower weight, "
                                + "pause or analysis before it, so all traffic shifts to the new version at once",
                        "Start with a small weight and wait before full traffic, e.g. `steps: [{setWeight: 10}, "
                                + "{pause: {duration: 5m}}, {setWeight: 50}, {pause: {}}]` (steps end at 100%)."));
                return;
            }
        }
    }

    private static void revisionHistory(Place place, KubeObject owner, List<Finding> findings) {
        JsonNode limit = owner.root().path("spec").path("revisionHistoryLimit");
        if (limit.isNumber() && limit.asInt() == 0) {
            findings.add(place.finding(NO_REVISION_HISTORY, "/spec/revisionHistoryLimit",
                    "`revisionHistoryLimit: 0` keeps no old revision, so `kubectl rollout undo` has nothing to go back to",
                    "Remove `revisionHistoryLimit` or set it to at least 3."));
        }
    }
}
