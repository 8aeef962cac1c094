package org.casualtyledger.tally.series;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source's running total for one group, outcome, subgroup and period start, as chart points",
        example = "{\"id\":\"s-0a1b2c3d4e5f60718293a4b5\",\"source\":\"SOHR\",\"group\":\"ISIS\",\"outcome\":\"KILLED\",\"subgroup\":null,"
                + "\"periodStart\":\"2018-11-10\",\"breakdown\":false,\"latestValue\":1250,\"points\":[{\"date\":\"2019-01-01\",\"value\":1250,"
                + "\"publishedAt\":\"2019-01-28\",\"claimId\":\"c-0b1c2d3e4f5a6b7c8d9e0f1a\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"corrected\":false}]}")
public record SeriesView(
        @Schema(example = "s-0a1b2c3d4e5f60718293a4b5") String id,
        @Schema(example = "SOHR") String source,
        @Schema(example = "ISIS") String group,
        @Schema(example = "KILLED") String outcome,
        @Schema(nullable = true) String subgroup,
        @Schema(description = "Start of the period the total runs over", nullable = true, example = "2018-11-10") LocalDate periodStart,
        @Schema(description = "True when the series is a breakdown of a larger total (\"including 141 children\")") boolean breakdown,
        @Schema(description = "The latest figure published", example = "1250") long latestValue,
        @Schema(description = "One point per interval with a publication: the latest figure published in it") List<Point> points) {

    @Schema(description = "The value of a running total at the end of an interval")
    public record Point(
            @Schema(description = "Start of the interval", example = "2019-01-01") LocalDate date,
            @Schema(description = "Latest figure published in the interval", example = "1250") long value,
            @Schema(example = "2019-01-28") LocalDate publishedAt,
            @Schema(example = "c-0b1c2d3e4f5a6b7c8d9e0f1a") String claimId,
            @Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
            @Schema(description = "True when a corrected claim of the series was published in the interval", example = "false") boolean corrected) {
    }
}
