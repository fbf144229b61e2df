package dev.mistralready.checks.runbook;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.files.UnreadFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code runbook} gate: the incident runbook exists and has a section for each situation the
 * production checklist names, judged by its Markdown headings and what their sections hold.
 */
public final class RunbookCheck implements Check<RunbookOptions> {

    /** No runbook was found where the gate looked, and the gate is {@code required}. */
    static final String NO_RUNBOOK = "MR-RUN-009";

    private static final long MAX_BYTES = 1024 * 1024;

    @Override
    public String type() {
        return "runbook";
    }

    @Override
    public String summary() {
        return "Checks that the incident runbook covers rollback, 503, circuit breaker, errors, 401, 429 and escalation";
    }

    @Override
    public Class<RunbookOptions> optionsType() {
        return RunbookOptions.class;
    }

    @Override
    public boolean needsWorkTree(RunbookOptions options) {
        return true;
    }

    @Override
    public Outcome run(RunbookOptions options, CheckContext context) throws Exception {
        RunbookPaths places = RunbookPaths.of(options.paths());
        Optional<FileSelection> selection = places.selection(context.projectRoot());
        FileListing listing = selection.isPresent() ? ProjectFiles.list(context.projectRoot(), selection.get())
                : new FileListing(List.of(), List.of(), false, Optional.empty());
        UnreadFiles unread = new UnreadFiles(context.projectRoot(), "incident runbook");
        unread.addListed(listing, path -> places.firstMatch(path).isPresent(), places::mayHold);
        List<ProjectFile> runbooks = listing.files().stream()
                .filter(file -> places.firstMatch(file.path()).isPresent())
                .sorted(Comparator.comparingInt((ProjectFile file) -> places.firstMatch(file.path()).getAsInt())
                        .thenComparing(file -> !isIndex(file.path()))
                        .thenComparing(ProjectFile::path))
                .toList();
        String lookedFor = "no incident runbook found (looked for " + places.described() + ")";
        if (runbooks.isEmpty() && unread.isEmpty()) {
            if (!options.required()) {
                return Outcome.skip("skipped: " + lookedFor);
            }
            return Outcome.fail(lookedFor, List.of(Finding.of(NO_RUNBOOK, Severity.ERROR, lookedFor,
                    "write RUNBOOK.md with a section for each incident the checklist names (rollback, 503, circuit "
                            + "breaker, error rate, 401, 429, escalation), or point `paths` at your runbook")));
        }
        List<RunbookFile> read = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (ProjectFile file : runbooks) {
            FileContent content = TextFiles.read(file, MAX_BYTES);
            if (content instanceof FileContent.Text text) {
                RunbookFile runbook = new RunbookFile(file.path(), MarkdownOutline.headings(text.text()));
                read.add(runbook);
                details.add("read " + file.path() + " (" + runbook.headings().size()
                        + (runbook.headings().size() == 1 ? " heading)" : " headings)"));
            } else {
                unread.add(((FileContent.Skipped) content).skipped());
            }
        }
        if (read.isEmpty()) {
            return unread.noneRead();
        }
        return unread.limit(judge(read, options.effectiveTopics(), details));
    }

    private static Outcome judge(List<RunbookFile> runbooks, List<RunbookTopic> topics, List<String> details) {
        RunbookFile primary = runbooks.get(0);
        Location anchor = Location.of(primary.path(), primary.headings().isEmpty() ? 1
                : primary.headings().get(primary.headings().size() - 1).line());
        List<Finding> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (RunbookTopic topic : topics) {
            List<Section> named = new ArrayList<>();
            for (RunbookFile runbook : runbooks) {
                runbook.headings().stream().filter(heading -> topic.isNamedBy(heading.text()))
                        .forEach(heading -> named.add(new Section(runbook.path(), heading)));
            }
            Optional<Section> covering = named.stream().filter(section -> section.heading().hasContent()).findFirst();
            if (covering.isPresent()) {
                Section section = covering.get();
                covered.add(topic.id() + " at " + section.path() + ":" + section.heading().line());
                if (topic.id().equals("rollback") && named.stream().noneMatch(s -> s.heading().hasCode())) {
                    findings.add(Finding.of(RunbookTopic.NO_ROLLBACK_COMMAND, Severity.WARNING,
                            "the rollback section `" + section.heading().text() + "` gives no command",
                            "put the exact rollback command in a code block, e.g. `kubectl rollout undo deployment/<app>`")
                            .at(section.location()));
                }
            } else if (!named.isEmpty()) {
                Section empty = named.get(0);
                missing.add(topic.name());
                findings.add(Finding.of(topic.ruleId(), Severity.ERROR, "the runbook's section for " + topic.name()
                                + ", `" + empty.heading().text() + "`, is empty",
                        "write the steps under `" + empty.heading().text() + "`: how to confirm it, what to do, who to tell")
                        .at(empty.location()));
            } else {
                missing.add(topic.name());
                findings.add(Finding.of(topic.ruleId(), Severity.ERROR, "the runbook does not cover " + topic.name()
                                + ": no heading names " + String.join(", ", topic.words()),
                        "add a section `## " + topic.heading() + "` with how to confirm it, what to do and who to tell")
                        .at(anchor));
            }
        }
        if (!covered.isEmpty()) {
            details.add("covered: " + String.join(", ", covered));
        }
        String where = primary.path() + (runbooks.size() == 1 ? "" : " and " + (runbooks.size() - 1)
                + (runbooks.size() == 2 ? " more file" : " more files"));
        String detailText = String.join("\n", details);
        if (!missing.isEmpty()) {
            String summary = missing.size() + " of " + topics.size() + " topics missing from " + where + ": "
                    + String.join(", ", missing);
            return Outcome.fail(summary, findings).withDetails(detailText);
        }
        String complete = where + " covers " + (topics.size() == 1 ? "its topic" : "all " + topics.size() + " topics");
        return (findings.isEmpty() ? Outcome.pass(complete) : Outcome.warn(complete + ", rollback without a command", findings))
                .withDetails(detailText);
    }

    /** A folder's own page ({@code README.md}, {@code index.md}, {@code _index.md}): the main file among its runbooks. */
    private static boolean isIndex(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.equals("readme.md") || name.equals("index.md") || name.equals("_index.md");
    }

    private record RunbookFile(String path, List<MarkdownHeading> headings) {
    }

    private record Section(String path, MarkdownHeading heading) {

        Location location() {
            return Location.of(path, heading.line());
        }
    }
}
