package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints our Java build of one kustomization as YAML, for bench/deploy-gates/kustomize.sh to compare
 * with {@code kubectl kustomize}: one document per built object on stdout, then on stderr the
 * notes, the problems and, per object, the file and line its image came from.
 *
 * <pre>java -cp ... dev.mistralready.checks.deploy.KustomizeDump PROJECT KUSTOMIZATION_DIR</pre>
 */
public final class KustomizeDump {

    private KustomizeDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: KustomizeDump PROJECT KUSTOMIZATION_DIR (relative to PROJECT)");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        String dir = args[1].replaceAll("/+$", "");
        KustomizeFiles files = new KustomizeFiles(project);
        List<dev.mistralready.check.Finding> problems = new ArrayList<>();
        Kustomization kustomization = files.kustomizationIn(dir.equals(".") ? "" : dir)
                .flatMap(file -> {
                    try {
                        return KustomizeOverlays.parse(files, file, problems);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .orElse(null);
        if (kustomization == null) {
            System.err.println("no kustomization in " + dir + " " + problems);
            System.exit(1);
        }
        KustomizeBuild.Result result = KustomizeBuild.build(files, kustomization);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        StringBuilder out = new StringBuilder();
        for (KubeObject object : result.objects()) {
            out.append("---\n").append(yaml.writeValueAsString(object.root()));
        }
        System.out.print(out);
        result.fallback().ifPresent(reason -> System.err.println("fallback: " + reason));
        result.notes().forEach(note -> System.err.println("note: " + note));
        result.problems().forEach(problem -> System.err.println("problem: " + problem.location().map(Object::toString).orElse("")
                + " " + problem.message()));
    }
}
