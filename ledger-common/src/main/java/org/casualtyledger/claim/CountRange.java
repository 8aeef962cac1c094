package org.casualtyledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stated figure and the range it stands for, after UCDP's low/best/high convention.
 * {@code high} is null where the statement sets no upper bound ("at least 34").
 */
@Schema(description = "A stated figure with its qualifier and the low/best/high range it implies",
        example = "{\"value\":34,\"qualifier\":\"AT_LEAST\",\"low\":34,\"best\":34,\"high\":null}")
public record CountRange(
        @Schema(description = "The number as stated (the lower number of a RANGE)", example = "34") long value,
        @Schema(description = "The upper number of a RANGE, otherwise null", example = "40") Long upper,
        @Schema(description = "How the number was qualified", example = "AT_LEAST") Qualifier qualifier,
        @Schema(description = "Largest credible lower bound", example = "34") long low,
        @Schema(description = "Best estimate", example = "34") long best,
        @Schema(description = "Upper bound, null when the statement sets none", example = "40", nullable = true) Long high) {

    /** "about 35" is read as 35 with this relative band on either side. */
    public static final double ABOUT_BAND = 0.10;

    public static CountRange exact(long value) {
        return new CountRange(value, null, Qualifier.EXACT, value, value, value);
    }

    /** The range of a single qualified number; RANGE and VAGUE have factories of their own. */
    public static CountRange of(Qualifier qualifier, long value) {
        return switch (qualifier) {
            case EXACT -> exact(value);
            case AT_LEAST -> new CountRange(value, null, qualifier, value, value, null);
            case MORE_THAN -> new CountRange(value, null, qualifier, value + 1, value + 1, null);
            case ABOUT -> new CountRange(value, null, qualifier, bandLow(value), value, bandHigh(value));
            case NEARLY -> new CountRange(value, null, qualifier, bandLow(value), value, value);
            case UP_TO -> new CountRange(value, null, qualifier, 0, value, value);
            case LESS_THAN -> new CountRange(value, null, qualifier, 0, Math.max(0, value - 1), Math.max(0, value - 1));
            case RANGE -> between(value, value);
            case VAGUE -> vague(value, null);
        };
    }

    /** "between 10 and 20": best is the midpoint, rounded down. */
    public static CountRange between(long from, long to) {
        long low = Math.min(from, to);
        long high = Math.max(from, to);
        return new CountRange(low, high, Qualifier.RANGE, low, low + (high - low) / 2, high);
    }

    /** A vague amount ("dozens" = 24, up to 99): the conventional value is both low and best. */
    public static CountRange vague(long conventionalValue, Long high) {
        return new CountRange(conventionalValue, null, Qualifier.VAGUE, conventionalValue, conventionalValue, high);
    }

    /** The figure the evaluation counts: the lower bound for "at least"/"more than", the stated value otherwise. */
    public long reported() {
        return qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN ? low : value;
    }

    private static long bandLow(long value) {
        return (long) Math.floor(value * (1 - ABOUT_BAND));
    }

    private static long bandHigh(long value) {
        return (long) Math.ceil(value * (1 + ABOUT_BAND));
    }
}
