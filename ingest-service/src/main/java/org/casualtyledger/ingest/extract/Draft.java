package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Scope;

/** A claim while the report is being read: mutable, linked to its parent draft; frozen into a Claim at the end. */
final class Draft {

    final Sentence sentence;
    final Quantity quantity;
    final NounPhrase phrase;
    CountRange count;
    Outcome outcome;
    int outcomeFrom = -1;
    int outcomeTo = -1;
    String group;
    String groupAsWritten;
    String subgroup;
    String perpetrator;
    Place location;
    Scope scope = Scope.INCIDENT;
    LocalDate periodStart;
    LocalDate periodEnd;
    Draft parent;
    Draft restates;
    /** A title run into the text ({@link TitleHeadline}): it restates an equal figure of the body. */
    boolean titled;
    final Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
    String rule;
    int spanStart;
    int spanEnd;
    String id;

    Draft(Sentence sentence, Quantity quantity, NounPhrase phrase) {
        this.sentence = sentence;
        this.quantity = quantity;
        this.phrase = phrase;
        this.count = quantity.count();
    }

    long value() {
        return count.value();
    }

    int depth() {
        int depth = 0;
        for (Draft p = parent; p != null; p = p.parent) {
            depth++;
        }
        return depth;
    }
}
