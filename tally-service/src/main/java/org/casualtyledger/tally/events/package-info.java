/** Incidents: which incident claims are one event ({@link org.casualtyledger.tally.events.EventClusterer}), and reading events. */
package org.casualtyledger.tally.events;
