package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Evidence;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/** One pass over one report: sentences, figures, and the rules that turn figures into claims. */
final class ReportReading {

    private static final Set<String> BREAKDOWN_CUES = Set.of("including", "includes", "included", "among", "whom", "which");
    private static final Set<String> COORDINATION = Set.of("and", ",", "as", "well", "plus", "besides", "in", "addition", "to");
    private static final int BREAKDOWN_REACH = 30;

    private final ClaimExtractor engine;
    private final String reportId;
    private final String text;
    private final LocalDate publishedAt;
    private final List<Token> tokens;
    private final ReportContext context;
    private final List<Draft> drafts = new ArrayList<>();

    ReportReading(ClaimExtractor engine, String reportId, String text, LocalDate publishedAt) {
        this.engine = engine;
        this.reportId = reportId;
        this.text = text;
        this.publishedAt = publishedAt;
        this.tokens = Tokenizer.tokenize(text);
        this.context = new ReportContext(engine.lexicon, tokens);
    }

    List<Claim> claims() {
        if (tokens.isEmpty()) {
            return List.of();
        }
        for (Sentence sentence : SentenceSplitter.split(text, tokens)) {
            readSentence(sentence);
        }
        Restatements.link(drafts, tokens);
        for (Draft d : drafts) {
            d.id = ClaimIds.of(reportId, d.spanStart, d.spanEnd, d.outcome);
        }
        List<Claim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            claims.add(freeze(d));
        }
        return claims;
    }

    private void readSentence(Sentence s) {
        Clauses clauses = new Clauses(tokens, s.from(), s.to());
        List<Quantity> quantities = engine.numbers.read(tokens, s.from(), s.to());
        List<Draft> inSentence = new ArrayList<>();
        for (int k = 0; k < quantities.size(); k++) {
            int next = k + 1 < quantities.size() ? quantities.get(k + 1).from() : s.to();
            int previousEnd = k > 0 ? quantities.get(k - 1).to() : s.from();
            Draft d = readFigure(s, clauses, quantities.get(k), previousEnd, next, inSentence);
            if (d != null) {
                inSentence.add(d);
            }
        }
        SentenceRules.apply(inSentence, tokens, s, clauses, publishedAt);
        drafts.addAll(inSentence);
    }

    private Draft readFigure(Sentence s, Clauses clauses, Quantity q, int previousEnd, int next, List<Draft> inSentence) {
        if (NonCasualty.rejects(tokens, q, s.from(), s.to())) {
            return null;
        }
        NounPhrase np = engine.phrases.read(tokens, q.to(), next, context);
        if (np.nonCasualty() || (q.article() && !isSingularPerson(np, q))
                || (NonCasualty.isYear(tokens.get(q.numberFrom())) && np.person() == null)) {
            return null;
        }
        Draft d = new Draft(s, postQualified(q, np, next), np);
        Draft parent = breakdownParent(d, inSentence);
        OutcomeMatch outcome = findOutcome(d, clauses, previousEnd, next);
        if (outcome == null && parent == null && !impliedToll(d, clauses)) {
            return null;
        }
        if (outcome == null && np.bare() && parent == null) {
            return null;
        }
        d.parent = parent;
        setOutcome(d, outcome, clauses);
        setGroup(d, inSentence);
        setPerpetrator(d, clauses);
        setSpan(d);
        return d;
    }

    private boolean isSingularPerson(NounPhrase np, Quantity q) {
        return np.person() != null && !np.person().plural() && np.headIndex() <= q.to() + 3;
    }

    private Quantity postQualified(Quantity q, NounPhrase np, int next) {
        if (q.count().qualifier() != Qualifier.EXACT || q.article()) {
            return q;
        }
        int head = np.headIndex() >= 0 ? np.headIndex() + 1 : q.to();
        for (int k = q.to(); k <= Math.min(head + 1, next - 1); k++) {
            PhraseTable.Match<Qualifier> m = engine.lexicon.postQualifiers.longestAt(tokens, k, next);
            if (m != null) {
                return q.withCount(CountRange.of(m.value(), q.count().value()));
            }
        }
        return q;
    }

    private OutcomeMatch findOutcome(Draft d, Clauses clauses, int previousEnd, int next) {
        Quantity q = d.quantity;
        int floor = Math.max(previousEnd, clauses.start(q.from()));
        OutcomeMatch m = engine.outcomes.before(tokens, q.from(), floor);
        if (m == null) {
            m = engine.outcomes.after(tokens, Math.max(d.phrase.to(), q.to()), next, clauses);
        }
        if (m == null && d.phrase.outcomeHead() != null) {
            int head = d.phrase.headIndex();
            m = new OutcomeMatch(d.phrase.outcomeHead().outcome(), head, head + 1, "outcome-head");
        }
        return m;
    }

    private void setOutcome(Draft d, OutcomeMatch m, Clauses clauses) {
        if (m != null) {
            d.outcome = m.outcome();
            d.outcomeFrom = m.from();
            d.outcomeTo = m.to();
            d.rule = m.rule();
        } else if (d.parent != null) {
            d.outcome = d.parent.outcome;
            d.rule = "breakdown";
        } else {
            d.outcome = Outcome.KILLED;
            d.flags.add(ClaimFlag.IMPLIED_OUTCOME);
            d.rule = "implied-toll";
        }
        if (d.parent != null && m != null) {
            d.rule = "breakdown-" + d.rule;
        }
        if (d.quantity.article()) {
            d.rule = "one-person-" + d.rule;
        }
    }

    /** "it rose to 388 people": a running toll of people whose outcome the bulletin leaves to the reader. */
    private boolean impliedToll(Draft d, Clauses clauses) {
        if (d.phrase.person() == null && d.phrase.group() == null) {
            return false;
        }
        int from = Math.max(clauses.start(d.quantity.from()), d.quantity.from() - 4);
        for (int i = from; i + 1 < d.quantity.from(); i++) {
            String w = tokens.get(i).lower();
            if ((w.equals("rose") || w.equals("risen") || w.equals("climbed") || w.equals("increased"))
                    && tokens.get(i + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    private Draft breakdownParent(Draft d, List<Draft> inSentence) {
        if (inSentence.isEmpty()) {
            return null;
        }
        Draft previous = inSentence.get(inSentence.size() - 1);
        int gapFrom = Math.max(previous.phrase.to(), previous.quantity.to());
        int gapTo = d.quantity.from();
        if (gapTo - gapFrom > (d.phrase.partitive() ? 2 * BREAKDOWN_REACH : BREAKDOWN_REACH)) {
            return null;
        }
        Draft candidate = null;
        if (d.phrase.partitive() || hasBreakdownCue(gapFrom, gapTo)) {
            candidate = previous;
        } else if (previous.parent != null && onlyCoordination(gapFrom, gapTo)) {
            candidate = previous.parent;
        }
        while (candidate != null && candidate.value() < d.value()) {
            candidate = candidate.parent;
        }
        return candidate;
    }

    private boolean hasBreakdownCue(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (BREAKDOWN_CUES.contains(w) && (!w.equals("whom") && !w.equals("which") || tokens.get(i - 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyCoordination(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!COORDINATION.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    private void setGroup(Draft d, List<Draft> inSentence) {
        NounPhrase np = d.phrase;
        if (np.group() != null) {
            d.group = np.group();
            d.groupAsWritten = text.substring(tokens.get(np.groupFrom()).start(), tokens.get(np.groupTo() - 1).end());
        } else if (np.person() != null && np.person().group() != null) {
            d.group = np.person().group();
        } else {
            d.group = coreferentGroup(d, inSentence);
        }
        if (d.groupAsWritten == null) {
            d.groupAsWritten = np.to() > np.from() ? text.substring(tokens.get(np.from()).start(), tokens.get(np.to() - 1).end())
                    : text.substring(tokens.get(d.quantity.from()).start(), tokens.get(d.quantity.to() - 1).end());
        }
        if (np.person() != null && np.person().subgroup() != null) {
            d.subgroup = np.person().subgroup();
        } else if (np.nationality() != null) {
            d.subgroup = np.nationality();
        }
    }

    /** "21 others", "30 members", "26100 of them": the group of the figure they continue. */
    private String coreferentGroup(Draft d, List<Draft> inSentence) {
        if (d.parent != null) {
            return d.parent.group;
        }
        if (!inSentence.isEmpty()) {
            return inSentence.get(inSentence.size() - 1).group;
        }
        if (d.phrase.person() != null && isFighterNoun(d.phrase.person())) {
            return Groups.FIGHTERS;
        }
        return Groups.PEOPLE;
    }

    private static boolean isFighterNoun(PersonNoun noun) {
        return noun.subgroup() != null && noun.subgroup().equals("LEADERS");
    }

    /** The party that did it: the subject of an active verb, or "by X" after a passive one. */
    private void setPerpetrator(Draft d, Clauses clauses) {
        if (d.outcomeFrom < 0) {
            return;
        }
        String found = null;
        if (d.outcomeTo <= d.quantity.from()) {
            for (int i = clauses.start(d.outcomeFrom); i < d.outcomeFrom; i++) {
                GroupAlias alias = engine.phrases.alias(tokens, i, d.outcomeFrom, context);
                if (alias != null) {
                    found = alias.group();
                }
            }
        } else {
            int by = d.outcomeTo;
            if (by + 1 < tokens.size() && tokens.get(by).is("by")) {
                for (int i = by + 1; i < Math.min(tokens.size(), by + 5); i++) {
                    GroupAlias alias = engine.phrases.alias(tokens, i, tokens.size(), context);
                    if (alias != null) {
                        found = alias.group();
                        break;
                    }
                }
            }
        }
        if (found != null && !found.equals(d.group)) {
            d.perpetrator = found;
        }
    }

    private void setSpan(Draft d) {
        int from = d.quantity.from();
        int to = Math.max(d.quantity.to(), d.phrase.to());
        if (d.outcomeFrom >= 0) {
            from = Math.min(from, d.outcomeFrom);
            to = Math.max(to, d.outcomeTo);
        }
        d.spanStart = tokens.get(from).start();
        d.spanEnd = tokens.get(to - 1).end();
    }

    private Claim freeze(Draft d) {
        return new Claim(d.id, reportId, d.count, d.outcome, d.group, d.groupAsWritten, d.subgroup, d.perpetrator,
                d.location, d.scope, d.periodStart, d.periodEnd, d.parent == null ? null : d.parent.id,
                d.restates == null ? null : d.restates.id, new Evidence(d.sentence.text(text), d.spanStart, d.spanEnd),
                d.flags, d.rule);
    }
}
