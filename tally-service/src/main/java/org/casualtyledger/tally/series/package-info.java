/** Running totals: each source's cumulative figures as series, kept up to date from the first changed point, their falls, and reading them. */
package org.casualtyledger.tally.series;
