package dev.mistralready.check;

import java.time.Duration;
import java.util.List;

/**
 * A gate type: the unit a checklist names in {@code type:}. Implementations are found with
 * {@link java.util.ServiceLoader}, so a jar on the class path adds gate types without touching the core.
 *
 * @param <O> the options record that the gate's {@code with:} block is bound to; unknown keys are errors
 */
public interface Check<O> {

    /** The name used in checklist.yaml, e.g. {@code command}. */
    String type();

    /** One line for {@code mistral-ready list}. */
    String summary();

    /** The record the gate's {@code with:} options are bound to. */
    Class<O> optionsType();

    /** How long a gate of this type may run when the checklist sets no {@code timeout}. */
    default Duration defaultTimeout() {
        return Duration.ofMinutes(2);
    }

    /**
     * How long a gate with these options may run when the checklist sets no {@code timeout}: by default
     * {@link #defaultTimeout()}, whatever the options. A check whose options can make it run much longer
     * (such as a watch over ten minutes) says so here.
     */
    default Duration defaultTimeout(O options) {
        return defaultTimeout();
    }

    /**
     * Whether a gate with these options talks to the network. In an {@code --offline} run such a
     * gate is not run at all but reported as {@code SKIP} with {@link Network#OFFLINE_REASON}. The
     * options are passed because some gates reach out only when configured to.
     */
    default boolean needsNetwork(O options) {
        return false;
    }

    /**
     * Whether this check can run on the staged files alone ({@link CheckContext#fileScope()} is
     * {@link FileScope#STAGED}), reading them from the index. Under {@code check --staged} only gates of
     * such checks run; the default is false, so a check that does not know the scope never runs there.
     */
    default boolean honoursStagedScope() {
        return false;
    }

    /**
     * Whether a gate with these options reads the project's files. When the project directory is a
     * bare git repository (or inside a {@code .git}) such a gate is not run but reported as
     * {@code SKIP}, saying so: it has no work tree, and git's pack files are not the project.
     */
    default boolean needsWorkTree(O options) {
        return false;
    }

    /**
     * Every rule id this check can put on a finding, with what it means and how to fix it. The default
     * is none, so a check written before the catalogue keeps compiling; its findings are then described
     * from the finding itself.
     */
    default List<Rule> rules() {
        return List.of();
    }

    /**
     * Runs the check. Throwing is allowed: the engine reports the exception as an {@code ERROR}
     * outcome and the run goes on. Long-running work must honour {@link CheckContext#cancellation()}
     * and thread interruption, which the engine uses on timeout.
     */
    Outcome run(O options, CheckContext context) throws Exception;
}
