package org.casualtyledger.ingest.report;

/** What reading a stored report again came to. */
public record NewReading(Result result, String failure) {
    public enum Result {
        /** Its claims changed (or it was read for the first time): the new claim set is on its way through the outbox. */
        CHANGED,
        /** The same claims as before (same ids, same content): nothing goes downstream. */
        UNCHANGED,
        /** Not read (the extractor failed or overran its budget): the report keeps its claims. */
        FAILED,
        /** The report was retracted meanwhile. */
        GONE
    }

    static NewReading of(Result result) {
        return new NewReading(result, null);
    }

    static NewReading failed(String failure) {
        return new NewReading(Result.FAILED, failure);
    }
}
