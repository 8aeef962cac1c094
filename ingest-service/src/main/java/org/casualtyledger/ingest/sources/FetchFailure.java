package org.casualtyledger.ingest.sources;

/** Why a feed or a page gave nothing: an HTTP status, a timeout, a limit, a parse error. Recorded, never thrown past a poll. */
public class FetchFailure extends Exception {
    private final Integer httpStatus;

    public FetchFailure(String message, Integer httpStatus) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    public FetchFailure(String message) {
        this(message, null);
    }

    public static FetchFailure status(int status, Object uri) {
        return new FetchFailure("HTTP " + status + " from " + uri, status);
    }

    /** The HTTP status of the answer that failed, or null when no answer came or it could not be read. */
    public Integer httpStatus() {
        return httpStatus;
    }
}
