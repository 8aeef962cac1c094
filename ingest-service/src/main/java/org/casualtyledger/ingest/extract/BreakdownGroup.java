package org.casualtyledger.ingest.extract;

import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "breakdown-group": "the arrest of 125 ISIS suspects, among them 37 women", "14,425 detainees, including 139
 * children": a breakdown whose noun names a kind of person (women, children, men, commanders) and no party is a part
 * of its total's people, so it takes the total's group; only under a total of people of no stated status do children
 * and women count as civilians. Fighters or officers of no stated side under a party's toll are that party's ("8
 * members of the militia were killed, among them two foreign fighters", "two members, an officer and his companion").
 */
final class BreakdownGroup {

    static final String NAME = "breakdown-group";

    /** Totals whose people are of no armed side: a fighter among them keeps his own group. */
    private static final Set<String> NOT_PARTIES = Set.of(Groups.CIVILIANS, Groups.DETAINEES, Groups.FIGHTERS);

    private BreakdownGroup() {
    }

    /** The group of a breakdown part, or its own when it names a party or a status of its own. */
    static String of(NounPhrase part, String own, String parentGroup) {
        if (parentGroup == null || Groups.PEOPLE.equals(parentGroup) || part.group() != null) {
            return own;
        }
        PersonNoun person = part.person();
        boolean kindOnly = person == null || person.group() == null || person.subgroup() != null
                || Groups.PEOPLE.equals(person.group())
                || (Groups.FIGHTERS.equals(person.group()) || Groups.SECURITY_FORCES.equals(person.group())) && !NOT_PARTIES.contains(parentGroup);
        return kindOnly ? parentGroup : own;
    }
}
