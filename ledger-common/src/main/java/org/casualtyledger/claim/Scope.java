package org.casualtyledger.claim;

/** INCIDENT: the figure of one attack or clash. CUMULATIVE: a source's running total over a period. */
public enum Scope {
    INCIDENT, CUMULATIVE
}
