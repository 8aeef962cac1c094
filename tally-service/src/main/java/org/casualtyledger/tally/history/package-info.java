/** The ledger as it stood at any past instant, derived from the nearest ledger already derived and the change log ({@link org.casualtyledger.tally.history.LedgerAt}). */
package org.casualtyledger.tally.history;
