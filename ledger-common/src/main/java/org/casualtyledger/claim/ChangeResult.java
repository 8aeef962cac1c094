package org.casualtyledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of one change of a delivery. The status reads as an HTTP status would for the change sent alone:
 * 200 applied; 4xx refused for good (sending it again would not help); 5xx not applied now, send it again later.
 */
@Schema(description = "The result of one change of a delivery",
        example = "{\"id\":17,\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"status\":200,\"inserted\":12,\"updated\":0,\"removed\":0}")
public record ChangeResult(
        @Schema(description = "The change's sequence number", example = "17") long id,
        @Schema(description = "The change's report", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(description = "200 applied; 4xx refused for good; 5xx not applied, to be sent again", example = "200") int status,
        @Schema(description = "Claims new to the ledger", example = "12") int inserted,
        @Schema(description = "Claims whose content changed", example = "0") int updated,
        @Schema(description = "Claims removed", example = "0") int removed,
        @Schema(description = "Why the change was refused or not applied", nullable = true) String detail) {

    public boolean applied() {
        return status / 100 == 2;
    }

    /** Refused for good: the change itself is at fault. */
    public boolean refused() {
        return isRefusal(status);
    }

    /** A 4xx status says the request itself is at fault, except 408 and 429, which say "later", not "never". */
    public static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    public static ChangeResult applied(long id, String reportId, int inserted, int updated, int removed) {
        return new ChangeResult(id, reportId, 200, inserted, updated, removed, null);
    }

    public static ChangeResult failed(long id, String reportId, int status, String detail) {
        return new ChangeResult(id, reportId, status, 0, 0, 0, detail);
    }
}
