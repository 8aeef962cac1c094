package org.casualtyledger.ingest.extract;

/** A vague amount ("dozens") and its conventional value and upper bound (null when open). */
record VagueAmount(long value, Long high) {
}
