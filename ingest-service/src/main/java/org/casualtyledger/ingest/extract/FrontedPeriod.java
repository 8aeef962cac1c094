package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/**
 * Rule "fronted-period": "Since the start of the offensive, the monitor documented the death of 38 villagers, while the
 * guards lost 56 men and 49 raiders were killed": an adverbial of a period set before the sentence's first comma
 * frames every clause of the sentence, so each figure of it is counted over that period, also in a clause after
 * "while". A clause that names its own day ("today", "on Monday") or its own event ("in an ambush") tells one incident.
 */
final class FrontedPeriod {

    static final String NAME = "fronted-period";
    private static final Set<String> OPENERS = WordList.of("fronted-period-openers");
    private static final Set<String> SENTENCE_OPENERS = WordList.of("sentence-openers");
    private static final Set<String> DAY_SCALE = WordList.of("day-scale");
    private static final Set<String> EVENTS = WordList.of("incident-nouns");
    private static final Set<String> INDEFINITE = WordList.of("indefinite-articles");
    /** How long the fronted adverbial may be: "Since the start of the offensive on the city on the 5th of May 2024,". */
    private static final int ADVERBIAL_REACH = 20;

    private FrontedPeriod() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Sentence s, Clauses clauses, LocalDate publishedAt) {
        if (s.headline() || drafts.isEmpty()) {
            return;
        }
        int opener = s.from();
        while (opener < s.to() && (SENTENCE_OPENERS.contains(tokens.get(opener).lower()) || tokens.get(opener).is("also"))) {
            opener++;
        }
        if (opener >= s.to() || !OPENERS.contains(tokens.get(opener).lower())) {
            return;
        }
        int comma = opener + 1;
        while (comma < Math.min(s.to(), opener + ADVERBIAL_REACH) && !tokens.get(comma).is(",")) {
            comma++;
        }
        if (comma >= s.to() || !tokens.get(comma).is(",") || !(monthAlone(tokens, opener, comma) || IntroducedPeriod.names(tokens,
                new Sentence(s.index(), opener, comma, tokens.get(opener).start(), tokens.get(comma).start(), false)))) {
            return;
        }
        LocalDate start = null;
        boolean read = false;
        for (Draft d : drafts) {
            if (d.parent != null || d.scope != Scope.INCIDENT || d.quantity.from() <= comma || d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    || ownTime(tokens, clauses.start(d.quantity.from()), clauses.end(d.quantity.to() - 1))) {
                continue;
            }
            if (!read) {
                start = SentenceRules.periodStart(tokens, new Sentence(s.index(), opener, comma, tokens.get(opener).start(),
                        tokens.get(comma).start(), false), publishedAt);
                start = start != null ? start : PeriodStart.read(d, tokens, opener, comma, publishedAt);
                read = true;
            }
            d.scope = Scope.CUMULATIVE;
            d.periodStart = start;
            d.rule = NAME + "-" + d.rule;
        }
        for (Draft d : drafts) {
            if (d.parent != null && d.parent.scope == Scope.CUMULATIVE && d.scope == Scope.INCIDENT) {
                d.scope = Scope.CUMULATIVE;
                d.periodStart = d.parent.periodStart;
            }
        }
    }

    static final String FRONTED_MONTH = "fronted-month";

    /**
     * Rule "fronted-month": "In January, gunmen killed 6 villagers", "Also in March alone, ...": a month named alone
     * before the sentence's first comma is the period its figures are counted over, as "during January" is; after
     * the figure, "killed in the tunnel in May" only dates the event.
     */
    private static boolean monthAlone(List<Token> tokens, int opener, int comma) {
        int length = comma - opener;
        return tokens.get(opener).is("in") && (length == 2 || length == 3 && tokens.get(opener + 2).is("alone"))
                && NonCasualty.MONTHS.contains(tokens.get(opener + 1).lower()) && tokens.get(opener + 1).capitalized();
    }

    /** The clause [from, to) names its own day or an event of its own ("in an ambush"). */
    private static boolean ownTime(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (DAY_SCALE.contains(w) || EVENTS.contains(w) && i > 0 && INDEFINITE.contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
