package org.casualtyledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place as written, and where a gazetteer knew it, its resolved name, province and coordinates. */
@Schema(description = "A place as written and, when the gazetteer knows it, where it is",
        example = "{\"asWritten\":\"Al-Baghuz\",\"name\":\"Al-Baghuz Fawqani\",\"province\":\"Deir ez-Zor\",\"country\":\"SY\",\"latitude\":34.46,\"longitude\":40.94}")
public record Place(
        @Schema(description = "The place name as the report wrote it", example = "Al-Baghuz") String asWritten,
        @Schema(description = "Gazetteer name, null when unresolved", example = "Al-Baghuz Fawqani", nullable = true) String name,
        @Schema(description = "First-level division (governorate, province)", example = "Deir ez-Zor", nullable = true) String province,
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "SY", nullable = true) String country,
        @Schema(description = "WGS84 latitude", example = "34.46", nullable = true) Double latitude,
        @Schema(description = "WGS84 longitude", example = "40.94", nullable = true) Double longitude) {

    public static Place unresolved(String asWritten) {
        return new Place(asWritten, null, null, null, null, null);
    }

    public boolean resolved() {
        return name != null;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
