package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/**
 * Rule "period-events": "Since the beginning of the year, the monitor has counted 140 raids on the valley. The raids
 * killed 200 people": a sentence that opens on the events of the sentence before by a definite or demonstrative
 * plural ("the raids", "these attacks", "those strikes"), when that sentence names a period and tells no single
 * incident, counts over the same period: its figures are running totals from the period's start. A figure whose own
 * sentence names its day or its own period keeps it.
 */
final class PeriodEvents {

    static final String NAME = "period-events";
    private static final Set<String> EVENTS = WordList.of("counted-events");
    private static final Set<String> ANAPHORS = WordList.of("event-anaphors");
    private static final Set<String> OPENERS = WordList.of("sentence-openers");
    /** How many modifiers may stand between the determiner and the events: "these Israeli strikes". */
    private static final int MODIFIER_REACH = 2;

    private PeriodEvents() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Sentence s, Sentence previous, List<Draft> earlier,
            LocalDate publishedAt) {
        if (previous == null || previous.headline() || s.headline() || !opensOnEvents(tokens, s)) {
            return;
        }
        boolean any = false;
        for (Draft d : drafts) {
            any |= d.parent == null && d.scope == Scope.INCIDENT && !d.flags.contains(ClaimFlag.PUBLISHED_BEFORE);
        }
        if (!any || ownTime(tokens, s) || !IntroducedPeriod.names(tokens, previous) || tellsIncident(earlier, previous)
                || Paragraphs.of(tokens.get(0).source()).apart(previous, s)) {
            return;
        }
        LocalDate start = SentenceRules.periodStart(tokens, previous, publishedAt);
        for (Draft d : drafts) {
            if (d.parent == null && d.scope == Scope.INCIDENT && !d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                d.scope = Scope.CUMULATIVE;
                d.periodStart = start;
                d.rule = NAME + "-" + d.rule;
            }
        }
        partsTakeTheirTotalsPeriod(drafts);
    }

    /** A part of a running total counts over its total's period. */
    static void partsTakeTheirTotalsPeriod(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.parent != null && d.parent.scope == Scope.CUMULATIVE) {
                d.scope = Scope.CUMULATIVE;
                d.periodStart = d.parent.periodStart;
            }
        }
    }

    /** "The raids killed ...", "Thus, these attacks left ...": the determiner, up to two modifiers, the events. */
    private static boolean opensOnEvents(List<Token> tokens, Sentence s) {
        int i = s.from();
        while (i < s.to() && (OPENERS.contains(tokens.get(i).lower()) || tokens.get(i).is(","))) {
            i++;
        }
        if (i >= s.to() || !ANAPHORS.contains(tokens.get(i).lower())) {
            return false;
        }
        for (int k = i + 1; k < Math.min(s.to(), i + 2 + MODIFIER_REACH); k++) {
            Token t = tokens.get(k);
            if (EVENTS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The sentence names its own day ("today", "on Monday") or its own period. */
    private static boolean ownTime(List<Token> tokens, Sentence s) {
        return SentenceRules.namesDay(tokens, s.from(), s.to()) || IntroducedPeriod.names(tokens, s);
    }

    /** The sentence before tells a figure of one incident: its events are that incident's. */
    private static boolean tellsIncident(List<Draft> earlier, Sentence previous) {
        return tells(earlier, previous, d -> d.parent == null && d.scope == Scope.INCIDENT);
    }

    /** Whether {@code sentence}, told before the drafts now read, has a figure that {@code which} accepts. */
    static boolean tells(List<Draft> earlier, Sentence sentence, Predicate<Draft> which) {
        for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).sentence.index() >= sentence.index(); k--) {
            Draft d = earlier.get(k);
            if (d.sentence == sentence && which.test(d)) {
                return true;
            }
        }
        return false;
    }
}
