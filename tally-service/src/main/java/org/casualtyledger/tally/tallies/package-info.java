/** "How many?": tallies from events (or their monthly rollups, kept in step by {@link org.casualtyledger.tally.tallies.RollupDelta}) and from running totals, side by side. */
package org.casualtyledger.tally.tallies;
