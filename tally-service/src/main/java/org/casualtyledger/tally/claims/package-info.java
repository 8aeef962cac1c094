/** The claims as the ledger holds them, with their evidence and the event or series each was filed in: listing and look-up. */
package org.casualtyledger.tally.claims;
