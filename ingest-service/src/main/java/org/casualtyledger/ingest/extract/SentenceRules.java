package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/** Rules over the claims of one sentence: running totals and their period, breakdown scope, provisional tolls. */
final class SentenceRules {

    /** "rose to", "took to 89 the number of", "brought to 61 the number of": the verbs that raise a running toll. */
    private static final Set<String> RISE_VERBS = WordList.of("rise-verbs");
    /** "bringing to 301 the number of", "raising to 1,215 the number of": the participles that raise a running toll. */
    private static final Set<String> RAISING = WordList.of("raising-participles");
    private static final Set<String> PERIOD_WORDS = WordList.of("period-words");
    /** How far after "since" its date may stand: "since the siege began on the 3rd of March". */
    private static final int SINCE_REACH = 12;
    private static final Set<String> PROVISIONAL_CUES = WordList.of("provisional-cues");
    private static final Set<String> RISE_WORDS = WordList.of("rise-words");

    /** How far from its figure a period ("in the past two weeks") may stand. */
    private static final int PERIOD_REACH = 12;
    /** How far from its figure a running-total cue may stand. */
    private static final int TOTAL_REACH = 40;

    private SentenceRules() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Sentence s, Clauses clauses, LocalDate publishedAt) {
        for (Draft d : drafts) {
            if (d.parent != null) {
                d.scope = d.parent.scope;
            } else if (!IncidentToll.updates(d, tokens) && isRunningTotal(d, drafts, tokens, clauses)) {
                d.scope = Scope.CUMULATIVE;
            }
            if (d.scope == Scope.CUMULATIVE) {
                readPeriod(d, tokens, s, clauses, publishedAt);
            }
        }
        sharePeriods(drafts);
        markProvisional(drafts, tokens, s);
    }

    /** "it rose to 1213 the number of ...", "since early December 2018", "so far", "in total", "had executed". */
    private static boolean isRunningTotal(Draft d, List<Draft> drafts, List<Token> tokens, Clauses clauses) {
        int from = OwnClause.start(d, tokens, Math.max(clauses.start(d.quantity.from()), d.quantity.from() - TOTAL_REACH));
        int to = OwnClause.end(d, drafts, tokens, Math.min(clauses.end(d.quantity.to() - 1), d.quantity.to() + TOTAL_REACH));
        to = OrdinalAside.start(tokens, d.quantity.to(), to);
        boolean rise = false;
        boolean totalWords = false;
        boolean yearWords = false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            String next = i + 1 < to ? tokens.get(i + 1).lower() : "";
            if (!rise && i < d.quantity.from() && (RISE_VERBS.contains(w) || RAISING.contains(w))) {
                rise = true;
            }
            if (rise && w.equals("number") && i > 0 && tokens.get(i - 1).is("the") && next.equals("of")
                    && periodInSentence(d, tokens)) {
                return true;
            }
            if ((w.equals("since") || fromStart(tokens, i, to)) && sincePeriod(tokens, i + 1, to) && !comparing(tokens, from, i)
                    && !RelativeAside.holds(tokens, from, i, d.quantity.from())) {
                return true;
            }
            if ((w.equals("so") && next.equals("far")) || (w.equals("to") && next.equals("date"))
                    || (w.equals("in") && next.equals("total"))) {
                totalWords = true;
            }
            if ((w.equals("this") || w.equals("last")) && next.equals("year")) {
                yearWords = true;
            }
        }
        return totalWords && yearWords || soFarNationwide(d, tokens, to) || CampaignTotal.cued(d, tokens, from, to) || PeriodTotal.duringNamedPeriod(tokens, from, to, d.quantity.from()) || PeriodTotal.cued(tokens, Math.max(from, d.quantity.from() - PERIOD_REACH), Math.min(to, d.quantity.to() + PERIOD_REACH)) || perfectActive(d, tokens, from) || warToll(d, tokens, from, to) || warScale(d, tokens, from, to)
                || PeriodSubject.verb(d, tokens, from) >= 0 || RisingNumberSince.holds(tokens, from, d.quantity.from())
                || d.value() > 1 && RelativePeriod.holds(tokens, from, to, d.quantity.from());
    }

    /**
     * Rule "incident-toll-update": "it rose to 46 the number of people killed in the explosion" updates one incident's
     * toll; only a period in the sentence ("since the attack began on 16 September", "during October", "so far")
     * makes "rose to N the number of" a running total.
     */
    static boolean periodInSentence(Draft d, List<Token> tokens) {
        Sentence s = d.sentence;
        for (int i = s.from(); i < s.to(); i++) {
            String w = tokens.get(i).lower();
            if (w.equals("since") || w.equals("so") && i + 1 < s.to() && tokens.get(i + 1).is("far")
                    || (w.equals("past") || w.equals("last")) && i > s.from() && tokens.get(i - 1).is("the")) {
                return true;
            }
        }
        return PeriodTotal.cued(tokens, s.from(), s.to()) || PeriodTotal.duringNamedPeriod(tokens, s.from(), s.to(), d.quantity.from());
    }

    /**
     * Rule "running-total" over the whole country: "seven deaths recorded so far across the country", "so far
     * nationwide" right after the figure: a toll summed over a country, like one summed over a year, is no single
     * incident's.
     */
    private static boolean soFarNationwide(Draft d, List<Token> tokens, int to) {
        int end = Math.max(d.quantity.to(), d.phrase.to());
        for (int i = end; i + 1 < Math.min(to, end + SO_FAR_REACH); i++) {
            if (tokens.get(i).is("so") && tokens.get(i + 1).is("far")) {
                for (int k = i + 2; k < Math.min(to, i + 2 + SO_FAR_REACH); k++) {
                    if (nationwide(tokens, k, to)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final int SO_FAR_REACH = 4;

    /** "nationwide", "across the country", "across Syria", "across Syrian territory": a count over a whole country. */
    static boolean nationwide(List<Token> tokens, int i, int to) {
        String w = tokens.get(i).lower();
        if (w.equals("nationwide") || w.equals("countrywide")) {
            return true;
        }
        if (!w.equals("across") || i + 1 >= to) {
            return false;
        }
        return tokens.get(i + 1).capitalized() && !tokens.get(i + 1).is("the")
                || i + 2 < to && tokens.get(i + 1).is("the") && (tokens.get(i + 2).is("country") || tokens.get(i + 2).is("nation"));
    }

    /**
     * "More than 300,000 people have been killed since the war began": a toll in the perfect tense that names the
     * war, or that no single incident could reach, is the conflict's running total, not the incident's.
     */
    private static boolean warToll(Draft d, List<Token> tokens, int from, int to) {
        if (!perfectTense(d, tokens)) {
            return false;
        }
        if (warScale(d, tokens, from, to)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            boolean warWord = WAR_WORDS.contains(tokens.get(i).lower()) && !(i + 1 < to && NOT_THE_WAR.contains(tokens.get(i + 1).lower()));
            if (warWord || tokens.get(i).is("since") && !daysSince(tokens, i + 1, to) && !comparing(tokens, from, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DAY_SCALE = WordList.of("day-scale");

    /**
     * Rule "comparing-since": "the biggest loss of life since they started operations", "the lowest annual toll since
     * 2011": "since" after a superlative compares the figure with a period; it counts nothing over it.
     */
    private static boolean comparing(List<Token> tokens, int from, int since) {
        for (int i = Math.max(from, since - COMPARING_REACH); i < since; i++) {
            if (SUPERLATIVES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUPERLATIVES = WordList.of("superlatives");
    /** "the biggest officially acknowledged loss of life experienced by Russian forces since". */
    private static final int COMPARING_REACH = 12;

    /**
     * Rule "days-since": "have killed five civilians since the weekend", "since Friday": a span of days is the
     * incident's own time, as hours and days are elsewhere (package doc), not a running total's period.
     */
    private static boolean daysSince(List<Token> tokens, int from, int to) {
        if (SinceTimeOfDay.after(tokens, from, to)) {
            return true;
        }
        int i = from;
        while (i < to && (tokens.get(i).is("the") || tokens.get(i).is("last") || tokens.get(i).is("early")
                || tokens.get(i).is("late"))) {
            i++;
        }
        return i < to && DAY_SCALE.contains(tokens.get(i).lower());
    }

    private static boolean perfectTense(Draft d, List<Token> tokens) {
        int at = d.outcomeFrom - 1;
        if (at >= 0 && (tokens.get(at).is("been") || tokens.get(at).is("also"))) {
            at--;
        }
        if (at < 0) {
            return false;
        }
        String w = tokens.get(at).lower();
        return w.equals("has") || w.equals("have") || w.equals("had");
    }

    /**
     * No single attack in the wars the ledger follows kills this many: a figure this size ("a conflict that has
     * claimed more than 300,000 lives", "an estimated 220,000 dead") is the war's toll, in any tense.
     */
    private static final long WAR_SCALE = 10_000;
    static final String WAR_SCALE_NAME = "war-scale";

    /**
     * Rule "war-scale": a figure of {@link #WAR_SCALE} or more is a total, unless its clause names its own day ("about
     * 15,000 people fled their homes today", {@link DatedDay}): that day's events are an incident, whatever their size.
     */
    private static boolean warScale(Draft d, List<Token> tokens, int from, int to) {
        return d.value() >= WAR_SCALE && !namesDay(tokens, from, to) && !DatedDay.named(tokens, from, to);
    }

    private static final Set<String> WAR_WORDS = WordList.of("war-words");

    /** "war crimes", "crisis talks": the war named as a kind of thing, not as the span the toll covers. */
    private static final Set<String> NOT_THE_WAR = WordList.of("not-the-war");

    /** "the Organization had executed 713", "a group that has killed thousands": a record, not one event. */
    private static boolean perfectActive(Draft d, List<Token> tokens, int from) {
        if (d.outcomeFrom <= from || d.outcomeTo > d.quantity.from()) {
            return false;
        }
        Token before = tokens.get(d.outcomeFrom - 1);
        if (before.is("had")) {
            return !incidentSubject(tokens, Math.max(from, d.outcomeFrom - INCIDENT_SUBJECT_REACH), d.outcomeFrom - 1)
                    && !reportedSpeech(tokens, d.sentence.from(), d.outcomeFrom - 1);
        }
        boolean perfect = before.is("has") || before.is("have");
        int relative = d.outcomeFrom - 2;
        return perfect && relative >= from && (tokens.get(relative).is("that") || tokens.get(relative).is("which")
                || tokens.get(relative).is("who"));
    }

    private static final Set<String> REPORTING_VERBS = WordList.of("reporting-verbs");
    private static final int REPORTED_REACH = 16;
    private static final int THAT_REACH = 4;

    /**
     * Rule "reported-pluperfect": "the monitor published hours ago that the airstrikes had killed 5 civilians": in
     * the words of a report told after "that", "had killed" is the reported past of one event, not a record.
     */
    private static boolean reportedSpeech(List<Token> tokens, int sentenceFrom, int had) {
        for (int i = had - 1; i >= Math.max(sentenceFrom, had - REPORTED_REACH); i--) {
            if (!tokens.get(i).is("that")) {
                continue;
            }
            for (int k = i - 1; k >= Math.max(sentenceFrom, i - THAT_REACH); k--) {
                if (REPORTING_VERBS.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the attack in which gas was used had killed 300": one event as subject tells its toll, not a record. */
    private static boolean incidentSubject(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (INCIDENT_NOUNS.contains(tokens.get(i).lower()) && i > 0 && (tokens.get(i - 1).is("the") || tokens.get(i - 1).isIndefiniteArticle()
                    || tokens.get(i - 1).is("that") || tokens.get(i - 1).is("this"))) {
                return true;
            }
        }
        return false;
    }

    private static final int INCIDENT_SUBJECT_REACH = 12;
    static final Set<String> INCIDENT_NOUNS = WordList.of("incident-nouns");

    /** "from the beginning of the year until today", "from the start of the offensive": a start, as "since" tells one. */
    private static boolean fromStart(List<Token> tokens, int at, int to) {
        return tokens.get(at).is("from") && at + 3 < to && tokens.get(at + 1).is("the") && PERIOD_WORDS.contains(tokens.get(at + 2).lower())
                && tokens.get(at + 3).is("of");
    }

    /**
     * Rule "since-start": "since it started", "since the siege began", "since that date": the start of a period told
     * by its event or by reference, not by a date; "since the attack began this morning" is that day's.
     */
    private static final Set<String> START_VERBS = WordList.of("start-verbs");
    private static final int START_DAY_REACH = 3;

    /** A word of a day's scale ("today", "Monday", "morning") in [from, to). */
    static boolean namesDay(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DAY_SCALE.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sincePeriod(List<Token> tokens, int from, int to) {
        if (SinceTimeOfDay.after(tokens, from, to)) {
            return false;
        }
        for (int i = from; i < Math.min(to, from + SINCE_REACH); i++) {
            String w = tokens.get(i).lower();
            if (NonCasualty.MONTHS.contains(w) || NonCasualty.isYear(tokens.get(i)) || PERIOD_WORDS.contains(w)) {
                return true;
            }
            if (START_VERBS.contains(w)) {
                return !namesDay(tokens, i + 1, Math.min(to, i + 1 + START_DAY_REACH));
            }
        }
        return false;
    }

    /** "since the start of the year", "since March 2024" in [from, to): a period that the words name. */
    static boolean namesPeriod(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("since") && sincePeriod(tokens, i + 1, to) && !comparing(tokens, from, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the period a sentence without a figure names: "since DATE", "during October 2021", "this year". */
    static LocalDate periodStart(List<Token> tokens, Sentence s, LocalDate publishedAt) {
        DateReader.Dated since = sinceAfter(tokens, s.from(), s.to(), s.to(), publishedAt);
        if (since != null) {
            return since.date();
        }
        LocalDate named = PeriodStart.namedPeriod(tokens, s.from(), s.to(), publishedAt);
        return named != null ? named : PeriodStart.currentPeriod(tokens, s.from(), s.to(), publishedAt);
    }

    /** How many words ("the death of") may stand between a period's date and the figure it opens. */
    private static final int ADJACENT_DATE = 4;

    /** The period of a running total: "since DATE [to DATE]", or "after ... on DATE" after the figure. */
    private static void readPeriod(Draft d, List<Token> tokens, Sentence s, Clauses clauses, LocalDate publishedAt) {
        int from = clauses.start(d.quantity.from());
        int to = clauses.end(d.quantity.to() - 1);
        DateReader.Dated before = d.parent == null ? sinceAfter(tokens, from, d.quantity.from(), s.to(), publishedAt) : null;
        // "has documented since the 15th of March 2011 the death of 14,425": a date right before the figure is its own
        DateReader.Dated since = before != null && before.to() >= d.quantity.from() - ADJACENT_DATE ? before
                : sinceAfter(tokens, d.quantity.to(), to, s.to(), publishedAt);
        if (since == null) {
            since = before;
        }
        if (since == null) {
            d.periodStart = d.parent == null ? PeriodStart.read(d, tokens, s.from(), s.to(), publishedAt) : null;
            return;
        }
        // "the death of 4,362 people during 2023, the lowest toll since March 2011": the period named with the figure
        LocalDate during = PeriodStart.namedPeriod(tokens, d.quantity.to(), since.from(), publishedAt);
        if (during != null) {
            d.periodStart = during;
            return;
        }
        d.periodStart = since.date();
        if (since.to() < s.to() && (tokens.get(since.to()).is("to") || tokens.get(since.to()).is("until"))) {
            DateReader.Dated until = DateReader.read(tokens, since.to() + 1, s.to(), s.to(), publishedAt);
            if (until != null && until.from() <= since.to() + 3) {
                d.periodEnd = until.date();
            }
        }
    }

    private static DateReader.Dated sinceAfter(List<Token> tokens, int from, int to, int sentenceEnd, LocalDate publishedAt) {
        for (int i = from; i < to; i++) {
            boolean since = tokens.get(i).is("since");
            boolean afterOn = tokens.get(i).is("on") && i > from && hasAfter(tokens, from, i);
            if (since || afterOn) {
                DateReader.Dated dated = DateReader.read(tokens, i + 1, Math.min(to + 1, sentenceEnd), sentenceEnd, publishedAt);
                if (dated != null) {
                    return dated;
                }
            }
        }
        return null;
    }

    private static boolean hasAfter(List<Token> tokens, int from, int i) {
        for (int k = Math.max(from, i - 12); k < i; k++) {
            if (tokens.get(k).is("after")) {
                return true;
            }
        }
        return false;
    }

    /** Parallel running totals in one sentence ("it rose to 1213 ..., while it rose to 653 ... since X") share X. */
    private static void sharePeriods(List<Draft> drafts) {
        java.util.Map<org.casualtyledger.claim.Outcome, Draft> nextWithPeriod = new java.util.EnumMap<>(org.casualtyledger.claim.Outcome.class);
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.scope != Scope.CUMULATIVE || d.parent != null) {
                continue;
            }
            Draft later = nextWithPeriod.get(d.outcome);
            if (d.periodStart == null && later != null) {
                d.periodStart = later.periodStart;
                d.periodEnd = later.periodEnd;
            }
            if (d.periodStart != null) {
                nextWithPeriod.put(d.outcome, d);
            }
        }
        Draft earlier = null;
        for (Draft d : drafts) {
            if (d.scope != Scope.CUMULATIVE || d.parent != null) {
                continue;
            }
            if (d.periodStart == null && earlier != null) {
                // "... since January 2024, while the regime lost 15 others in the same period"
                d.periodStart = earlier.periodStart;
                d.periodEnd = earlier.periodEnd;
            }
            earlier = d.periodStart != null ? d : earlier;
        }
        for (Draft d : drafts) {
            if (d.parent != null && d.periodStart == null) {
                d.periodStart = d.parent.periodStart;
                d.periodEnd = d.parent.periodEnd;
            }
        }
    }

    /** "the number of those who were killed is expected to increase": the incident figures before it may change. */
    private static void markProvisional(List<Draft> drafts, List<Token> tokens, Sentence s) {
        int lastCue = -1;
        for (int i = s.from(); i + 2 < s.to(); i++) {
            if (tokens.get(i + 1).is("to") && PROVISIONAL_CUES.contains(tokens.get(i).lower())
                    && RISE_WORDS.contains(tokens.get(i + 2).lower())) {
                lastCue = i;
            }
        }
        for (Draft d : drafts) {
            if (d.scope == Scope.INCIDENT && d.quantity.from() < lastCue) {
                d.flags.add(ClaimFlag.PROVISIONAL);
            }
        }
    }
}
