package org.casualtyledger.ingest.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;

/**
 * The figure of WAD, the PITF Worldwide Atrocities Dataset: it records the deliberate killing (and wounding) of
 * non-combatant civilians, so its killed and injured are the non-combatant victims of the incident, not everyone
 * who died in it. "Gunmen killed 6 policemen and 9 villagers" counts 9 there; "30 people died" counts 30.
 *
 * <p>Combatants are the armed parties: fighters of any side (FIGHTERS: militants, rebels, gunmen, terrorists), the
 * state's security forces (SECURITY_FORCES: soldiers, troops, police, guards, security personnel) and every named
 * party group (ISIS, SYRIAN_REGIME, ...). Non-combatants are CIVILIANS (with their subgroups), DETAINEES (a
 * prisoner is out of the fight) and PEOPLE (unspecified persons: when the report does not say who they were, the
 * dataset counts the whole toll).
 *
 * <p>The rule, for each top-level incident claim of the outcome (EXECUTED counted as KILLED, as in
 * {@link DocumentFigures}):
 * <ul>
 * <li>a non-combatant group other than PEOPLE: its value;</li>
 * <li>a combatant group: nothing;</li>
 * <li>PEOPLE: read through its breakdown. Children that name civilians as such ("16 people, including 12
 * civilians") say the rest were not: the civilians' sum. Otherwise the value less its combatant children ("seven
 * people, including two soldiers" counts 5). With no such children, the value.</li>
 * </ul>
 * The sum over the claims is the document's figure. The evaluation prints the plain reduction beside it.
 */
final class NonCombatantFigures {

    private static final Set<String> NON_COMBATANT = Set.of(Groups.CIVILIANS, Groups.PEOPLE, Groups.DETAINEES);

    private NonCombatantFigures() {
    }

    static long total(String text, List<Claim> claims, Outcome outcome) {
        Map<String, List<Claim>> children = childrenByParent(claims, outcome);
        long sum = 0;
        for (Claim c : claims) {
            if (counts(c.outcome(), outcome) && c.isTopLevel() && c.scope() == Scope.INCIDENT) {
                sum += nonCombatants(c, children.getOrDefault(c.id(), List.of()));
            }
        }
        return sum;
    }

    private static long nonCombatants(Claim c, List<Claim> children) {
        if (isCombatant(c.group())) {
            return 0;
        }
        if (!c.group().equals(Groups.PEOPLE)) {
            return c.count().reported();
        }
        long civilians = 0;
        long combatants = 0;
        boolean civiliansNamed = false;
        for (Claim child : children) {
            if (isCombatant(child.group())) {
                combatants += child.count().reported();
            } else if (namesCivilians(child)) {
                civiliansNamed = true;
                civilians += child.count().reported();
            }
        }
        if (civiliansNamed) {
            return civilians;
        }
        return Math.max(0, c.count().reported() - combatants);
    }

    /**
     * "including 12 civilians" sets the civilians apart from the rest of the toll; "including 6 children" or "5
     * villagers" only says who some of the victims were, not that the others fought.
     */
    private static boolean namesCivilians(Claim child) {
        return child.group().equals(Groups.CIVILIANS) && child.groupAsWritten() != null
                && child.groupAsWritten().toLowerCase(java.util.Locale.ROOT).contains("civilian");
    }

    static boolean isCombatant(String group) {
        return group != null && !NON_COMBATANT.contains(group);
    }

    private static Map<String, List<Claim>> childrenByParent(List<Claim> claims, Outcome outcome) {
        Map<String, List<Claim>> children = new HashMap<>();
        for (Claim c : claims) {
            if (c.parentId() != null && c.restates() == null && counts(c.outcome(), outcome)) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return children;
    }

    private static boolean counts(Outcome claimed, Outcome figure) {
        return claimed == figure || (figure == Outcome.KILLED && claimed == Outcome.EXECUTED);
    }
}
