package org.casualtyledger.tally.corrections;

import java.time.Instant;

/** The filters of GET /corrections; each may be null. {@code to} is exclusive. */
public record CorrectionQuery(Correction.State state, String author, String source, Instant from, Instant to, int page, int size) {
}
