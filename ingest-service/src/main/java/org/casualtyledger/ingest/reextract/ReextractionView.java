package org.casualtyledger.ingest.reextract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reextraction", description = "A re-extraction job and its progress: done reports were read (changed of them "
        + "with new claims), failed ones could not be read and keep their claims",
        example = "{\"id\":3,\"state\":\"RUNNING\",\"filter\":{\"source\":\"SOHR\",\"notCurrent\":true},"
                + "\"extractorVersion\":\"0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e\",\"total\":1200,\"done\":480,\"failed\":2,\"changed\":37,"
                + "\"resumed\":0,\"startedAt\":\"2026-03-04T10:15:30Z\",\"finishedAt\":null,\"failures\":[]}")
public record ReextractionView(
        @Schema(example = "3") long id,
        @Schema(description = "RUNNING until every report was tried, then FINISHED; CANCELLED when an admin stopped it", example = "RUNNING") Reextraction.State state,
        ReextractionFilter filter,
        @Schema(description = "The extractor the job reads with", example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e") String extractorVersion,
        @Schema(description = "Reports the filter selected when the job started", example = "1200") int total,
        @Schema(description = "Reports read", example = "480") int done,
        @Schema(description = "Reports that could not be read (see failures)", example = "2") int failed,
        @Schema(description = "Reports read whose claims changed; the others changed nothing downstream", example = "37") int changed,
        @Schema(description = "Times the job was taken up again after the replica running it stopped", example = "0") int resumed,
        @Schema(example = "2026-03-04T10:15:30Z") Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Reports not read and why (single-job reads only, at most 50)") List<Failure> failures) {

    @Schema(name = "ReextractionFailure")
    public record Failure(@Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
            @Schema(example = "time budget exceeded") String reason) {
    }

    static ReextractionView of(Reextraction job, List<Failure> failures) {
        ReextractionFilter filter = new ReextractionFilter(job.source, job.publishedFrom, job.publishedTo, job.olderThan,
                job.notCurrent);
        return new ReextractionView(job.id, job.state, filter, job.extractorVersion, job.total, job.done, job.failed,
                job.changed, Math.max(0, job.runs - 1), job.startedAt, job.finishedAt, failures);
    }
}
