package dev.mistralready.engine;

import dev.mistralready.report.GateResult;

/** Hears gates start and finish, e.g. to show what is still running. Called from worker threads. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    default void gateStarted(PlannedGate gate) {
    }

    /** A check said what it is doing ("scanning 1,204 files"). */
    default void gateProgress(PlannedGate gate, String message) {
    }

    default void gateFinished(PlannedGate gate, GateResult result) {
    }
}
