package org.casualtyledger.ingest.extract;

/** A noun that counts people, with the group and subgroup it names by itself (either may be null). */
record PersonNoun(String group, String subgroup, boolean plural) {
}
