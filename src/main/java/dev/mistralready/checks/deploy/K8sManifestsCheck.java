package dev.mistralready.checks.deploy;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code k8s-manifests} gate: the Kubernetes workloads that run the Mistral integration keep the
 * key in a Secret, are probed on the health endpoint, roll out gradually, can be rolled back and run
 * a pinned image.
 */
public final class K8sManifestsCheck implements Check<K8sManifestsOptions> {

    static final String NO_MANIFESTS = "MR-K8S-015";

    @Override
    public String type() {
        return "k8s-manifests";
    }

    @Override
    public String summary() {
        return "Checks Kubernetes manifests: key from a Secret, probes on /health, gradual rollout, rollback, pinned images";
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
        KustomizeOverlays overlays = KustomizeOverlays.build(context.projectRoot(), manifests);
        return manifests.unread().limit(judge(manifests.withObjects(overlays.objects()), overlays, options));
    }

    private static Outcome judge(ManifestSet manifests, KustomizeOverlays overlays, K8sManifestsOptions options) {
        List<String> skippedLines = new ArrayList<>(manifests.skipped().stream().map(line -> "skipped " + line).toList());
        skippedLines.addAll(overlays.details());
        String skippedText = String.join("\n", skippedLines);
        if (manifests.objects().isEmpty() && overlays.problems().isEmpty()) {
            String reason = "no Kubernetes manifests in " + manifests.describeLooked() + skippedCount(manifests);
            if (!options.required()) {
                return Outcome.skip("skipped: " + reason).withDetails(skippedText);
            }
            return Outcome.fail(reason, List.of(Finding.of(NO_MANIFESTS, Severity.ERROR, reason,
                    "Add the deployment's manifests under one of those folders, or name them in `paths`.")))
                    .withDetails(skippedText);
        }
        List<Workload> workloads = manifests.objects().stream().filter(Workload::is).map(Workload::new).toList();
        List<Workload> checked = workloads.stream()
                .filter(workload -> options.allWorkloads() || workload.usesKey(options.keyNames())).toList();
        String scope = manifests.objects().size() + (manifests.objects().size() == 1 ? " object" : " objects") + " in "
                + manifests.files() + (manifests.files() == 1 ? " file" : " files") + skippedCount(manifests);
        if (checked.isEmpty() && overlays.problems().isEmpty()) {
            return Outcome.skip("skipped: no Deployment, StatefulSet or Rollout is given " + String.join(" or ", options.keyNames())
                            + " (" + scope + "); set `all-workloads: true` to check them all")
                    .withDetails(skippedText);
        }
        WorkloadRules rules = new WorkloadRules(options, manifests.objects());
        OverlayFindings found = new OverlayFindings();
        int ignored = 0;
        for (Workload workload : checked) {
            IgnoreAnnotation annotation = IgnoreAnnotation.of(workload.object());
            for (Finding finding : rules.check(workload)) {
                if (annotation.ignores(finding)) {
                    ignored++;
                } else {
                    found.add(workload.object(), finding);
                }
            }
            annotation.problems().forEach(problem -> found.add(workload.object(), problem));
        }
        List<Finding> findings = new ArrayList<>(overlays.problems());
        findings.addAll(found.findings());
        List<String> details = new ArrayList<>(manifests.skipped().stream().map(line -> "skipped " + line).toList());
        details.addAll(overlays.details());
        if (ignored > 0) {
            details.add(ignored + (ignored == 1 ? " finding" : " findings") + " ignored by `" + IgnoreAnnotation.NAME
                    + "` annotations");
        }
        String workloadsText = checked.size() + (checked.size() == 1 ? " workload" : " workloads");
        Outcome outcome;
        if (findings.isEmpty()) {
            outcome = Outcome.pass(workloadsText + " ready (" + scope + ")");
        } else {
            String summary = findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in " + workloadsText
                    + " (" + scope + ")";
            boolean anyError = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
            outcome = anyError ? Outcome.fail(summary, findings) : Outcome.warn(summary, findings);
        }
        return outcome.withDetails(String.join("\n", details));
    }

    private static String skippedCount(ManifestSet manifests) {
        int count = manifests.skipped().size();
        return count == 0 ? "" : ", " + count + (count == 1 ? " file" : " files") + " skipped";
    }
}
