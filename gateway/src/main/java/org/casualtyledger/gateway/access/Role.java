package org.casualtyledger.gateway.access;

import java.util.Locale;

/** What a key may do. Every role reads; submitters and analysts each add their own writes; admins do everything. */
public enum Role {
    /** Every GET. */
    READER,
    /** A reader that may also submit reports and run extractions. */
    SUBMITTER,
    /** A reader that may also correct claims and events (each correction signed with the key's name). */
    ANALYST,
    /** Everything, including corrections, sources and retracting reports. */
    ADMIN;

    /**
     * The role a public operation needs by its HTTP method alone: every read is for readers, a DELETE for admins,
     * anything else (submit, extract) for submitters. {@link org.casualtyledger.gateway.contract.Routes#requiredRole}
     * refines it by path (corrections, sources).
     */
    public static Role forMethod(String httpMethod) {
        return switch (httpMethod.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> READER;
            case "DELETE" -> ADMIN;
            default -> SUBMITTER;
        };
    }

    public boolean includes(Role required) {
        return this == required || this == ADMIN || required == READER;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
