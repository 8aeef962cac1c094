package org.casualtyledger.gateway.access;

/** What a key may do. Each role includes the ones before it. */
public enum Role {
    /** Every GET. */
    READER,
    /** A reader that may also submit reports and run extractions. */
    SUBMITTER,
    /** Everything, including retracting reports. */
    ADMIN;

    /**
     * The role a public operation needs, by its HTTP method: every read is for readers, a DELETE for admins, anything
     * else (submit, extract) for submitters. The access filter checks it before the request is matched to an
     * operation, the public document states it, and each operation's {@link Allowed} must agree (a test checks).
     */
    public static Role forMethod(String httpMethod) {
        return switch (httpMethod.toUpperCase(java.util.Locale.ROOT)) {
            case "GET", "HEAD" -> READER;
            case "DELETE" -> ADMIN;
            default -> SUBMITTER;
        };
    }

    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
