package dev.mistralready.check;

/** Where a check may say what it is doing ("scanning 1,204 files"); shown only on a terminal. */
@FunctionalInterface
public interface Progress {

    Progress NONE = message -> { };

    void report(String message);
}
