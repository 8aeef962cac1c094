package org.casualtyledger.tally.series;

import java.time.LocalDate;

/**
 * A running total a write changed: its key, the first month whose figures it rewrote, and whether the write created
 * it (+1), retracted it (-1) or updated it (0). The monthly rollups by source are brought up to date from these.
 */
public record TouchedSeries(String id, String source, String grp, String outcome, String subgroup, boolean breakdown,
                            LocalDate fromMonth, int created) {
}
