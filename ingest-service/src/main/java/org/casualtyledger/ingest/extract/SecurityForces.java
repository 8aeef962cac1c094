package org.casualtyledger.ingest.extract;

import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "security-forces-party": soldiers, police and guards (people.tsv: SECURITY_FORCES) are the forces of a state.
 * When the report says which state's, they are that party: "Syrian soldiers" are the regime's, "Russian servicemen"
 * Russia's, "Iranian officers" fight with the regime; so are "3 officers" among "40 regime fighters", and "government soldiers" in a report that names the
 * Syrian regime or is a bulletin of a monitor of the war in Syria (rule "syrian-setting"). Otherwise they stay SECURITY_FORCES, a combatant group apart from civilians and from fighters.
 */
final class SecurityForces {

    private static final Map<String, String> STATE_PARTY_BY_NATIONALITY = Map.of(
            "SYRIAN", Groups.SYRIAN_REGIME, "RUSSIAN", Groups.RUSSIAN_FORCES, "IRANIAN", Groups.SYRIAN_REGIME);
    /** Victim groups and sides left unnamed: a breakdown under them says nothing of whose forces they are. */
    private static final Set<String> NOT_A_STATE = Set.of(Groups.PEOPLE, Groups.CIVILIANS, Groups.DETAINEES,
            Groups.FIGHTERS, Groups.SECURITY_FORCES);

    private SecurityForces() {
    }

    /** The party of security forces counted with this nationality, under this parent, in this report. */
    static String party(String nationality, String parentGroup, ReportContext context) {
        String byNationality = nationality == null ? null : STATE_PARTY_BY_NATIONALITY.get(nationality);
        if (byNationality != null) {
            return byNationality;
        }
        if (parentGroup != null && !NOT_A_STATE.contains(parentGroup)) {
            return parentGroup;
        }
        if (nationality == null && (context.namedAnywhere(Groups.SYRIAN_REGIME) || context.syrianMonitor())) {
            return Groups.SYRIAN_REGIME;
        }
        return Groups.SECURITY_FORCES;
    }
}
