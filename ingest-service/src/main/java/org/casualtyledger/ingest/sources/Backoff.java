package org.casualtyledger.ingest.sources;

import java.time.Duration;

/** The wait after failed polls: the source's interval doubled per failure in a row, up to a maximum. */
public record Backoff(Duration max) {

    public Duration wait(Duration pollEvery, int failuresInARow) {
        if (failuresInARow <= 0) {
            return pollEvery;
        }
        Duration wait = pollEvery.multipliedBy(1L << Math.min(failuresInARow, 20));
        return wait.compareTo(max) > 0 ? (pollEvery.compareTo(max) > 0 ? pollEvery : max) : wait;
    }
}
