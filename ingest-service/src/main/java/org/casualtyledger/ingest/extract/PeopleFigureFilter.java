package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The figures of a sentence that count people, for rule "people-figures" ({@link FigureStage.PeopleFigures}): dates,
 * years, ages, money, agents, people set apart and figures of things are dropped, so that they bound no other
 * figure's clause.
 */
final class PeopleFigureFilter {

    private final ClaimExtractor engine;
    private final List<Token> tokens;
    private final ReportContext context;
    private final BulletList bullets;
    private final NonVictimFigures nonVictims;

    PeopleFigureFilter(ClaimExtractor engine, List<Token> tokens, ReportContext context, BulletList bullets,
            NonVictimFigures nonVictims) {
        this.engine = engine;
        this.tokens = tokens;
        this.context = context;
        this.bullets = bullets;
        this.nonVictims = nonVictims;
    }

    /** Drops dates, years, ages, money and figures of things, so that they bound no other figure's clause. */
    List<Quantity> peopleFigures(Sentence s, List<Quantity> all) {
        List<Quantity> kept = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            Quantity q = all.get(k);
            int next = k + 1 < all.size() ? all.get(k + 1).from() : s.to();
            boolean articleInComplement = q.article() && q.from() > s.from() && tokens.get(q.from() - 1).is("of")
                    || articleAfterPartitive(q, s);
            if (bullets.numberedMark(s, q) || NonCasualty.rejects(tokens, q, s.from(), s.to()) && !numberAsVerb(q, s) || isAgeApposition(q, s) || articleInComplement || isAgent(q, s) || isExcluded(q, s)
                    || nonVictims.namesNoVictims(s, all, k)) {
                continue;
            }
            NounPhrase np = engine.phrases.read(tokens, q.to(), next, context);
            boolean year = NonCasualty.isYear(tokens.get(q.numberFrom()))
                    && (np.person() == null || !np.person().plural() || determinerAfter(q, next));
            if (!np.nonCasualty() && !year && !(q.article() && !isSingularPerson(np, q) && !oneAndOthers(q, next))
                    && !nonVictims.numberInName(q, np, s) && !eventsWithVictims(np, s)) {
                kept.add(q);
            }
        }
        return kept;
    }

    /**
     * Rule "events-with-victims": "19 assassinations that claimed 26 lives", "23 assassinations in May, which
     * claimed the lives of 26 people": a figure of events whose relative clause
     * counts their victims counts the events, not people; the victims' figure is the claim.
     */
    private boolean eventsWithVictims(NounPhrase np, Sentence s) {
        int head = np.headIndex();
        if (head < 0 || !COUNTED_EVENTS.contains(tokens.get(head).lower())) {
            return false;
        }
        int end = Math.min(s.to(), head + 1 + EVENT_CLAUSE_REACH);
        for (int i = head + 1; i < end && !(tokens.get(i).is(",") && !relativeNext(i)) && !tokens.get(i).is(";"); i++) {
            if (tokens.get(i).is("that") || tokens.get(i).is("which")) {
                for (int k = i + 1; k < Math.min(s.to(), i + 1 + VICTIMS_REACH) && !tokens.get(k).is(","); k++) {
                    if (tokens.get(k).isNumber() && !NonCasualty.isYear(tokens.get(k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** ", which claimed the lives of 26 people": a comma that opens the relative clause. */
    private boolean relativeNext(int comma) {
        return comma + 1 < tokens.size() && (tokens.get(comma + 1).is("which") || tokens.get(comma + 1).is("that"));
    }

    private static final Set<String> COUNTED_EVENTS = WordList.of("counted-events");
    /** How far the relative pronoun may stand from the events: "assassinations in the province during May 2021 that". */
    private static final int EVENT_CLAUSE_REACH = 12;
    /** How far the victims' figure may stand in the relative clause: "that claimed the lives of 26". */
    private static final int VICTIMS_REACH = 6;

    /**
     * Rule "number-verb": "the fighters killed in the enclave number 470": "number" before a figure is the verb of
     * amount, not the label of an identifier ("checkpoint number 4"), when its subject tells who was counted and what
     * befell them ({@link AmountSubject}).
     */
    private boolean numberAsVerb(Quantity q, Sentence s) {
        return q.from() - 1 > s.from() && tokens.get(q.from() - 1).is("number")
                && AmountSubject.find(tokens, q.from(), s.from(), true, false, null, engine.lexicon) != null;
    }

    /**
     * Rule "one-and-others": "a village head and nine other persons were killed": the one person before "and N
     * other(s)" is a victim too, whatever noun names him.
     */
    private static final Set<String> PREPOSITIONS = WordList.of("prepositions");

    private boolean oneAndOthers(Quantity q, int next) {
        if (next + 1 >= tokens.size() || next - q.to() > 5 || !tokens.get(next - 1).is("and")
                || q.from() > 0 && PREPOSITIONS.contains(tokens.get(q.from() - 1).lower())) {
            return false;
        }
        for (int k = next + 1; k < Math.min(tokens.size(), next + 3); k++) {
            if (tokens.get(k).is("other") || tokens.get(k).is("others")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "partitive-article": "two were killed, one of them a woman": the woman is the one of them, no second
     * figure; the partitive's phrase reads her.
     */
    private boolean articleAfterPartitive(Quantity q, Sentence s) {
        int at = q.from();
        return q.article() && at - 2 > s.from() && (tokens.get(at - 1).is("them") || tokens.get(at - 1).is("whom"))
                && tokens.get(at - 2).is("of");
    }

    /**
     * "In 2016 the commander was killed", "Since the beginning of 2024, the number of people killed ...": a count
     * stands right before its noun, never before an article, nor before a comma and an article.
     */
    private boolean determinerAfter(Quantity q, int next) {
        int at = q.to() + 1 < next && tokens.get(q.to()).is(",") ? q.to() + 1 : q.to();
        return at < next && (tokens.get(at).is("the") || tokens.get(at).isIndefiniteArticle()
                || tokens.get(at).is("his") || tokens.get(at).is("her") || tokens.get(at).is("their"));
    }

    private static final Set<String> BY_CHANGES = WordList.of("by-changes");

    /**
     * Rule "agent-by": "pulled from his car by six gunmen", "attacked by dozens of men": the figure after "by" counts
     * who did it, never the victims; a change "rose by 12" is no agent.
     */
    private boolean isAgent(Quantity q, Sentence s) {
        int by = q.from() - 1;
        return by > s.from() && tokens.get(by).is("by") && !BY_CHANGES.contains(tokens.get(by - 1).lower());
    }

    private static final Set<String> EXCLUDING = WordList.of("excluding");

    /**
     * Rule "excluded-figure": "eight people (excluding a police officer) were killed", "not including two guards":
     * the people set apart are no figure of the statement.
     */
    private boolean isExcluded(Quantity q, Sentence s) {
        int at = q.from() - 1;
        if (at > s.from() && tokens.get(at).is("from") && tokens.get(at - 1).is("apart")) {
            return true;
        }
        if (at <= s.from()) {
            return false;
        }
        String w = tokens.get(at).lower();
        return EXCLUDING.contains(w) && !w.equals("apart") || w.equals("including") && tokens.get(at - 1).is("not");
    }

    /** "Joey Doe, 38, was ...": an age between commas after a name. */
    private boolean isAgeApposition(Quantity q, Sentence s) {
        int before = q.from() - 1;
        return before - 1 >= s.from() && q.to() < s.to() && tokens.get(before).is(",") && tokens.get(q.to()).is(",")
                && tokens.get(before - 1).capitalized() && q.count().value() < 120;
    }

    private boolean isSingularPerson(NounPhrase np, Quantity q) {
        return np.person() != null && !np.person().plural() && np.headIndex() <= q.to() + 3;
    }
}
