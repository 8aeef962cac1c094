package org.casualtyledger.tally.changes;

/** What a change is about. */
public enum Entity {
    CLAIM, EVENT, SERIES
}
