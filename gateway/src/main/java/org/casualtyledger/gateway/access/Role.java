package org.casualtyledger.gateway.access;

/** What a key may do. Each role includes the ones before it. */
public enum Role {
    /** Every GET. */
    READER,
    /** A reader that may also submit reports and run extractions. */
    SUBMITTER,
    /** Everything, including retracting reports. */
    ADMIN;

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
