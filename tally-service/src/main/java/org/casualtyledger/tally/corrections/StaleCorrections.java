package org.casualtyledger.tally.corrections;

/**
 * A batch was corrected with fewer corrections of its report than the ledger now holds (another replica, or a
 * correction that committed while the batch waited): it is corrected again and written again, never filed as read.
 */
public final class StaleCorrections extends RuntimeException {
    public StaleCorrections(String reportId) {
        super("corrections of report " + reportId + " were made while its batch waited", null, false, false);
    }
}
