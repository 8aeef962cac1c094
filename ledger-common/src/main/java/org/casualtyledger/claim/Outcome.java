package org.casualtyledger.claim;

/** What happened to the people counted. Arrested and detained are CAPTURED; fled and evacuated are DISPLACED. */
public enum Outcome {
    KILLED, INJURED, CAPTURED, EXECUTED, MISSING, DISPLACED, SURRENDERED
}
