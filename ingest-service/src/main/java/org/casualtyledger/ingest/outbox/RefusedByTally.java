package org.casualtyledger.ingest.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import org.casualtyledger.claim.ChangeResult;

/** tally-service answered 4xx: the entry itself is at fault, and sending it again would not help. */
public class RefusedByTally extends RuntimeException {
    public RefusedByTally(String message) {
        super(message);
    }

    static <T> Uni<T> classify(Uni<T> call) {
        return call.onFailure(RefusedByTally::isPermanent)
                .transform(e -> new RefusedByTally(describe((WebApplicationException) e)));
    }

    private static boolean isPermanent(Throwable e) {
        if (!(e instanceof WebApplicationException w)) {
            return false;
        }
        return ChangeResult.isRefusal(w.getResponse().getStatus());
    }

    private static String describe(WebApplicationException e) {
        String body = "";
        try {
            body = e.getResponse().readEntity(String.class);
        } catch (RuntimeException ignored) {
            // The status alone still says why.
        }
        return "tally-service answered " + e.getResponse().getStatus() + " " + body;
    }
}
