/** The ledger as it stood at any past instant, rebuilt from the claims the change log held then ({@link org.casualtyledger.tally.history.LedgerAt}). */
package org.casualtyledger.tally.history;
