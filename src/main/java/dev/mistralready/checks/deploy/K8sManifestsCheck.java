package dev.mistralready.checks.deploy;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code k8s-manifests} gate: the Kubernetes workloads that run the Mistral integration keep the
 * key in a Secret, have readiness and liveness probes that do not call Mistral, roll out gradually,
 * can be rolled back, survive a node drain and run a pinned image.
 */
public final class K8sManifestsCheck implements Check<K8sManifestsOptions> {

    static final String NO_MANIFESTS = "MR-K8S-015";

    @Override
    public String type() {
        return "k8s-manifests";
    }

    @Override
    public List<Rule> rules() {
        return K8sRuleCatalogue.RULES;
    }

    @Override
    public String summary() {
        return "Checks Kubernetes manifests: key from a Secret, probes that do not call Mistral, gradual rollout, rollback, pinned images";
    }

    @Override
    public Class<K8sManifestsOptions> optionsType() {
        return K8sManifestsOptions.class;
    }

    @Override
    public boolean needsWorkTree(K8sManifestsOptions options) {
        return true;
    }

    @Override
    public Outcome run(K8sManifestsOptions options, CheckContext context) throws Exception {
        ManifestSet manifests = ManifestSet.read(context.projectRoot(), options.paths());
        if (manifests.noneRead()) {
            return manifests.unread().noneRead();
        }
        if (!manifests.charts().isEmpty()) {
            Optional<String> badValues = ChartRendering.missingValues(context.projectRoot(), options.values());
            if (badValues.isPresent()) {
                return Outcome.error(badValues.get());
            }
        }
        ChartRendering charts = ChartRendering.of(manifests.charts(), options.values(), context);
        KustomizeOverlays overlays = KustomizeOverlays.build(context.projectRoot(), manifests);
        Outcome verdict = judge(manifests.withObjects(overlays.objects()), overlays, charts, options);
        return manifests.unread().limit(NotRendered.limit(verdict, charts.notRendered(), manifests.templates()));
    }

    private static Outcome judge(ManifestSet manifests, KustomizeOverlays overlays, ChartRendering charts,
                                 K8sManifestsOptions options) {
        List<String> details = new ArrayList<>(manifests.skipped().stream().map(line -> "skipped " + line).toList());
        details.addAll(charts.details());
        details.addAll(overlays.details());
        String detailText = String.join("\n", details);
        List<KubeObject> objects = new ArrayList<>(manifests.objects());
        objects.addAll(charts.objects());
        List<Finding> problems = new ArrayList<>(manifests.problems());
        problems.addAll(overlays.problems());
        problems.addAll(charts.findings());
        int skippedFiles = manifests.skipped().size() + charts.notRendered().stream()
                .mapToInt(chart -> manifests.charts().get(chart).size()).sum();
        int fileCount = manifests.files() + charts.objects().stream().map(KubeObject::file).distinct().toList().size();
        String scope = objects.size() + (objects.size() == 1 ? " object" : " objects") + " in "
                + fileCount + (fileCount == 1 ? " file" : " files") + skippedCount(skippedFiles);
        if (objects.isEmpty()) {
            if (!problems.isEmpty()) {
                return verdict(problems, "no Kubernetes objects read (" + scope + ")").withDetails(detailText);
            }
            if (!charts.notRendered().isEmpty() || !manifests.templates().isEmpty()) {
                return Outcome.skip("skipped: no Kubernetes manifests read in " + manifests.describeLooked())
                        .withDetails(detailText);
            }
            String reason = "no Kubernetes manifests in " + manifests.describeLooked() + skippedCount(skippedFiles);
            if (!options.required()) {
                return Outcome.skip("skipped: " + reason).withDetails(detailText);
            }
            return Outcome.fail(reason, List.of(Finding.of(NO_MANIFESTS, Severity.ERROR, reason,
                    "Add the deployment's manifests under one of those folders, or name them in `paths`.")))
                    .withDetails(detailText);
        }
        List<Workload> workloads = objects.stream().filter(Workload::is).map(Workload::new).toList();
        List<Workload> checked = workloads.stream()
                .filter(workload -> options.allWorkloads() || workload.usesKey(options.keyNames())).toList();
        if (checked.isEmpty() && problems.isEmpty() && options.allWorkloads()) {
            return Outcome.skip("skipped: no Deployment, StatefulSet or Rollout with a pod template (" + scope + ")")
                    .withDetails(detailText);
        }
        if (checked.isEmpty() && problems.isEmpty()) {
            return Outcome.skip("skipped: no Deployment, StatefulSet or Rollout is given " + String.join(" or ", options.keyNames())
                            + " (" + scope + "); set `all-workloads: true` to check them all")
                    .withDetails(detailText);
        }
        WorkloadRules rules = new WorkloadRules(options, objects);
        OverlayFindings found = new OverlayFindings();
        int ignored = 0;
        for (Workload workload : checked) {
            IgnoreAnnotation annotation = IgnoreAnnotation.of(workload.object());
            for (Finding finding : rules.check(workload)) {
                if (annotation.ignores(finding)) {
                    ignored++;
                } else {
                    found.add(workload.object(), Rendering.of(finding, workload.object()));
                }
            }
            annotation.problems().forEach(problem -> found.add(workload.object(), Rendering.of(problem, workload.object())));
        }
        List<Finding> findings = new ArrayList<>(problems);
        findings.addAll(found.findings());
        if (ignored > 0) {
            details.add(ignored + (ignored == 1 ? " finding" : " findings") + " ignored by `" + IgnoreAnnotation.NAME
                    + "` annotations");
        }
        String workloadsText = checked.size() + (checked.size() == 1 ? " workload" : " workloads");
        Outcome outcome = findings.isEmpty()
                ? Outcome.pass(workloadsText + " ready (" + scope + ")")
                : verdict(findings, findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in "
                        + workloadsText + " (" + scope + ")");
        return outcome.withDetails(String.join("\n", details));
    }

    private static Outcome verdict(List<Finding> findings, String summary) {
        boolean anyError = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        return anyError ? Outcome.fail(summary, findings) : Outcome.warn(summary, findings);
    }

    private static String skippedCount(int count) {
        return count == 0 ? "" : ", " + count + (count == 1 ? " file" : " files") + " skipped";
    }
}
