package org.casualtyledger.ingest.extract;

/** A name of a party or victim group; a coreferent alias ("the organization") counts only after the group was named. */
record GroupAlias(String group, boolean coreferent, String exactSpelling) {
}
