package dev.mistralready.checks.runbook;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
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
 * The {@code runbook} gate: the incident runbook of the Mistral integration exists and covers each
 * situation the production checklist names. This class finds and reads the runbook's files;
 * {@link RunbookVerdict} judges them.
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
    public List<Rule> rules() {
        return RunbookRuleCatalogue.rules();
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
                RunbookFile runbook = RunbookFile.read(file.path(), text.text());
                read.add(runbook);
                int headings = runbook.document().headings().size();
                details.add("read " + file.path() + " (" + headings + (headings == 1 ? " heading)" : " headings)"));
            } else {
                unread.add(((FileContent.Skipped) content).skipped());
            }
        }
        if (read.isEmpty()) {
            return unread.noneRead();
        }
        return unread.limit(RunbookVerdict.of(read, options.effectiveTopics(), options.aboutWords(), details));
    }

    /** A folder's own page ({@code README.md}, {@code index.md}, {@code _index.md}): the main file among its runbooks. */
    private static boolean isIndex(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.equals("readme.md") || name.equals("index.md") || name.equals("_index.md");
    }
}
