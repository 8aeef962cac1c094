/**
 * The feed of changes: every change to claims, events and series, written by the ledger's writers in the same
 * transaction ({@link org.casualtyledger.tally.changes.ChangeSet}) and read in one total order from a cursor.
 * The claims' rows keep each claim as it stood, which is what answers as of a past time are built from.
 */
package org.casualtyledger.tally.changes;
