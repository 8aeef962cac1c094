package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The stored report and its claims; created is false when the same report had been received before. "
        + "read is false when the text could not be read yet: the report is stored and read again later (report.readFailure says why)")
@JsonSerialize(using = IngestResultJson.class)
public record IngestResult(
        ReportView report,
        List<Claim> claims,
        @Schema(description = "True when stored now, false when the same text from the same source was already stored", example = "true") boolean created,
        @Schema(description = "True when the claims were read; false when the report is stored unread and will be read again", example = "true") boolean read,
        @JsonIgnore @Schema(hidden = true) List<String> claimsJson) {

    static IngestResult of(ReportView report, List<Claim> claims, boolean created) {
        return new IngestResult(report, claims, created, report.read(), null);
    }

    /** A report stored now, with its claims as the JSON their rows hold, which the answer then carries as it is. */
    static IngestResult stored(ReportView report, List<Claim> claims, List<String> claimsJson) {
        return new IngestResult(report, claims, true, report.read(), claimsJson);
    }
}
