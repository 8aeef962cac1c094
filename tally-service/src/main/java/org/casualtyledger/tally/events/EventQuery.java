package org.casualtyledger.tally.events;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;

/** Filters of an event listing; null means any. {@code located} keeps only events with coordinates (GeoJSON). */
public record EventQuery(String group, Outcome outcome, String subgroup, String location, String source,
                         LocalDate from, LocalDate to, boolean located, int page, int size) {
}
