package org.casualtyledger.claim;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing in a stable order. {@code page} counts from 0. */
@Schema(description = "One page of a listing in a stable order")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Page size", example = "50") int size,
        @Schema(description = "Number of items over all pages", example = "123") long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
}
