package dev.mistralready.project.files;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The inputs a gate was pointed at but could not read, and what they do to its verdict: a gate that
 * could not read what it was pointed at never passes, and never skips as if nothing were there.
 *
 * <ul>
 *   <li>none unread: the gate's verdict, untouched;</li>
 *   <li>some read, some not: the verdict on what was read stands, a PASS or a SKIP becomes a WARN, and the
 *       summary says how many could not be read;</li>
 *   <li>none read: {@link #noneReadStatus}, with a summary naming what was found and why it was not read.</li>
 * </ul>
 * Each unread input is named in the details, {@code not read k8s/app.yaml: symbolic link to /etc/passwd, not followed}.
 * A listing that git could not make (a corrupt index) is named too, and keeps the gate from passing:
 * the directory walk used instead misses files git tracks though a {@code .gitignore} matches them.
 */
public final class UnreadFiles {

    private static final String SKIP_PREFIX = "skipped: ";

    private final Path root;
    private final String noun;
    private final List<Input> inputs = new ArrayList<>();
    private Optional<GitProblem> gitProblem = Optional.empty();

    /**
     * @param root the project root the listing's paths are relative to
     * @param noun what the gate reads, singular, made plural with an {@code s}: {@code Kubernetes manifest}
     */
    public UnreadFiles(Path root, String noun) {
        this.root = root;
        this.noun = noun;
    }

    /**
     * What a gate whose inputs were all unread reports: ERROR when one could not be read at all (the gate
     * checked nothing, as a failed run does), else WARN, since links, binaries and files over the size
     * limit are skipped by design and the project can change that. The secret scan decides the same way.
     */
    public static Status noneReadStatus(Collection<SkipReason> reasons) {
        return reasons.contains(SkipReason.UNREADABLE) ? Status.ERROR : Status.WARN;
    }

    /**
     * Adds the entries the listing passed over that the gate was pointed at: files {@code file} accepts,
     * and directories (or links to them, which the listing never follows) {@code folder} accepts.
     */
    public void addListed(FileListing listing, Predicate<String> file, Predicate<String> folder) {
        listing.gitProblem().ifPresent(problem -> gitProblem = Optional.of(problem));
        for (SkippedFile entry : listing.skipped()) {
            boolean isFolder = Files.isDirectory(root.resolve(entry.path())); // a look at the target, never a read
            if (isFolder ? folder.test(entry.path()) : file.test(entry.path())) {
                inputs.add(new Input(entry, isFolder));
            }
        }
    }

    /** Adds a file the gate listed and tried to read. */
    public void add(SkippedFile file) {
        inputs.add(new Input(file, false));
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** For a gate that read none of its inputs: {@code 1 Kubernetes manifest found, none could be read: …}. */
    public Outcome noneRead() {
        String summary = count() + " found, none could be read: " + why();
        Status status = noneReadStatus(inputs.stream().map(input -> input.entry().reason()).toList());
        return Outcome.of(status, summary, List.of()).withDetails(String.join("\n", lines()));
    }

    /** The gate's verdict on what it read, with the unread inputs named and unable to make it pass. */
    public Outcome limit(Outcome verdict) {
        if (inputs.isEmpty() && gitProblem.isEmpty()) {
            return verdict;
        }
        String summary = verdict.summary();
        Status status = verdict.status();
        if (status == Status.PASS || status == Status.SKIP) {
            summary = summary.startsWith(SKIP_PREFIX) ? summary.substring(SKIP_PREFIX.length()) : summary;
            status = Status.WARN;
        }
        List<String> details = new ArrayList<>();
        gitProblem.ifPresent(problem -> details.add("listed by a plain directory walk, not by git: " + problem.problem()
                + " " + problem.fix()));
        details.addAll(lines());
        if (!verdict.details().isEmpty()) {
            details.add(verdict.details());
        }
        if (!inputs.isEmpty()) {
            summary += "; " + count() + " could not be read";
        }
        if (gitProblem.isPresent()) {
            summary += "; git could not list the files";
        }
        return new Outcome(status, summary, verdict.findings(), String.join("\n", details), verdict.baselined());
    }

    private List<String> lines() {
        return sorted().stream().map(input -> "not read " + input.shown() + ": " + input.entry().detail()).toList();
    }

    /** {@code 2 Kubernetes manifests}, {@code 1 Kubernetes manifest and 1 folder}. */
    private String count() {
        long folders = inputs.stream().filter(Input::folder).count();
        long files = inputs.size() - folders;
        List<String> parts = new ArrayList<>();
        if (files > 0) {
            parts.add(files + " " + noun + (files == 1 ? "" : "s"));
        }
        if (folders > 0) {
            parts.add(folders + (folders == 1 ? " folder" : " folders"));
        }
        return String.join(" and ", parts);
    }

    /** {@code k8s/app.yaml is a symbolic link, not followed}, or by reason: {@code 2 are symbolic links, not followed}. */
    private String why() {
        if (inputs.size() == 1) {
            Input input = inputs.get(0);
            return input.shown() + " " + singular(input.entry());
        }
        Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
        inputs.forEach(input -> byReason.merge(input.entry().reason(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, n) -> parts.add(n + " " + (n == 1 ? singular(reason) : plural(reason))));
        return String.join("; ", parts);
    }

    private static String singular(SkippedFile entry) {
        return switch (entry.reason()) {
            case TOO_LARGE -> "is too large (" + entry.detail() + ")";
            case UNREADABLE -> "could not be read (" + entry.detail() + ")";
            default -> singular(entry.reason());
        };
    }

    private static String singular(SkipReason reason) {
        return switch (reason) {
            case SYMLINK -> "is a symbolic link, not followed";
            case TOO_LARGE -> "is too large";
            case BINARY -> "is binary";
            case UNREADABLE -> "could not be read";
        };
    }

    private static String plural(SkipReason reason) {
        return switch (reason) {
            case SYMLINK -> "are symbolic links, not followed";
            case TOO_LARGE -> "are too large";
            case BINARY -> "are binary";
            case UNREADABLE -> "could not be read";
        };
    }

    private List<Input> sorted() {
        return inputs.stream().sorted(Comparator.comparing(input -> input.entry().path())).toList();
    }

    private record Input(SkippedFile entry, boolean folder) {

        /** Folders end in a slash, so a link to one reads as what it is. */
        String shown() {
            return folder ? entry.path() + "/" : entry.path();
        }
    }
}
