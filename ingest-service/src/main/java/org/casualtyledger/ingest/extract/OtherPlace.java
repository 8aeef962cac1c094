package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * Rule "other-place": "In Idlib, shelling killed 9 civilians in Ariha. / In Daraa, gunmen shot dead 14 civilians in
 * Nawa.": a figure told in a later paragraph at another place than every toll told before it tells another incident,
 * so it neither updates those tolls (they do not restate it) nor breaks them down. Places count only where the
 * gazetteer resolved both; a paragraph that names no place may still update the toll.
 */
final class OtherPlace {

    static final String NAME = "other-place";

    private OtherPlace() {
    }

    /** True when the figure and every toll told have resolved places, and none of the tolls is at the figure's. */
    static boolean apart(Draft d, List<Draft> told) {
        if (d.location == null || !d.location.resolved() || told.isEmpty()) {
            return false;
        }
        for (Draft t : told) {
            if (t.location == null || !t.location.resolved() || t.location.name().equalsIgnoreCase(d.location.name())) {
                return false;
            }
        }
        return true;
    }
}
