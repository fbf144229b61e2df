package dev.mistralready.check;

import java.util.Locale;

/** How much a gate or a finding matters. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The spelling used in checklist.yaml and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
