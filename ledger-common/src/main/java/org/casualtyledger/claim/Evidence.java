package org.casualtyledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a figure stands in its report: the sentence, and the half-open character span [start, end) of the claim. */
@Schema(description = "The sentence a claim came from and the character span of the claim in the report text",
        example = "{\"sentence\":\"34 members at least of the organization were killed\",\"start\":712,\"end\":763}")
public record Evidence(
        @Schema(description = "The sentence holding the figure") String sentence,
        @Schema(description = "Offset of the first character of the claim in the report text", example = "712") int start,
        @Schema(description = "Offset just past the last character of the claim", example = "763") int end) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
