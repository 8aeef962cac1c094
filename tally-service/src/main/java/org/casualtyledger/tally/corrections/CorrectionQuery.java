package org.casualtyledger.tally.corrections;

import java.time.Instant;

/**
 * The filters of GET /corrections; each may be null. {@code to} is exclusive; {@code asOf}: only the corrections
 * recorded by then (inclusive), as the ledger stood.
 */
public record CorrectionQuery(Correction.State state, String author, String source, Instant from, Instant to, Instant asOf,
                              int page, int size) {
}
