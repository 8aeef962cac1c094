package org.casualtyledger.gateway;

/** The plain keys whose SHA-256 digests the test profile configures. */
public final class TestKeys {
    public static final String READER = "test-reader-key";
    public static final String SUBMITTER = "test-submitter-key";
    public static final String ADMIN = "test-admin-key";
    /** Named "Alice Analyst" in the test profile (ledger.access.names). */
    public static final String ANALYST = "test-analyst-key";

    private TestKeys() {
    }
}
