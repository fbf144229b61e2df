package dev.mistralready.cli;

import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.engine.SelectionException;
import java.io.IOException;

/** Runs a command and turns the mistakes a user can make into their message on stderr and exit code 2. */
final class UserErrors {

    /** A command's work, which may stop on a user's mistake. */
    @FunctionalInterface
    interface Work {
        int run() throws UsageException, SelectionException, ChecklistException, IOException;
    }

    private UserErrors() {
    }

    static int handle(Console console, Work work) throws IOException {
        try {
            return work.run();
        } catch (UsageException | SelectionException e) {
            console.err().println("mistral-ready: " + e.getMessage());
            return ExitCodes.USAGE_OR_CHECKLIST_ERROR;
        } catch (ChecklistException e) {
            console.err().println(e.getMessage()); // already one `file:line:col: …` line per problem
            return ExitCodes.USAGE_OR_CHECKLIST_ERROR;
        }
    }
}
