package org.casualtyledger.ingest.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When an unread report is tried again: the pause doubles with each failed reading, up to a maximum. */
@ApplicationScoped
public class Rereading {
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration budget;

    public Rereading(@ConfigProperty(name = "ledger.reread.initial-backoff") Duration initialBackoff,
            @ConfigProperty(name = "ledger.reread.max-backoff") Duration maxBackoff,
            @ConfigProperty(name = "ledger.reread.budget") Duration budget) {
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.budget = budget;
    }

    /** The pause after the given number of failed readings (1 = the first). */
    Duration backoff(int failedReadings) {
        Duration pause = initialBackoff;
        for (int i = 1; i < failedReadings && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    /** The time budget of a reading in the background, where nobody waits for an answer. */
    Duration budget() {
        return budget;
    }
}
