package org.casualtyledger.ingest.extract;

/**
 * A name of a party or victim group; a coreferent alias ("the organization") counts only after the group was named,
 * a Syrian one ({@link SyrianPartyName}) only in a bulletin of a monitor of the war in Syria.
 */
record GroupAlias(String group, boolean coreferent, String exactSpelling, boolean syrian) {
}
