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

/**
 * One pass over one report: its sentences read by the rules of {@link ReadingPipeline}, and the figure-level helpers
 * those rules run; then the drafts frozen into claims.
 */
final class ReportReading {

    private static final Set<String> BREAKDOWN_CUES = WordList.of("breakdown-cues");
    private static final Set<String> COORDINATION = WordList.of("coordination");
    private static final int BREAKDOWN_REACH = 30;
    static final int MAX_NESTING = 8;
    /** "Eight Christians and one member of the sect were killed": coordinated figures share the verb after them. */
    private static final int COORDINATION_REACH = 10;

    final ClaimExtractor engine;
    private final String reportId;
    final String text;
    final LocalDate publishedAt;
    final List<Token> tokens;
    final ReportContext context;
    private final VictimGroups victims;
    private final NonVictimFigures nonVictims;
    private final ContextParty contextParty;
    final PeopleFigureFilter peopleFigureFilter;
    final BulletList bullets;
    /** The total that the first figure of the list line being read breaks down ({@link BulletList}). */
    Draft lineTotal;
    /** The outcome that the introduction of the list line being read names when it tells no total ({@link IntroducedOutcome}). */
    org.casualtyledger.claim.Outcome lineOutcome;
    /** The side whose losses the introduction of the list line being read names ({@link IntroducedLoser}). */
    String lineLoser;
    final List<Draft> drafts = new ArrayList<>();
    /** The sentence read before the one being read, or null. */
    Sentence previousSentence;
    private final java.util.Map<Integer, String> sentenceTexts = new java.util.HashMap<>();
    /** The outcomes that {@link PairedParticiples} fixes in the sentence being read, by the figure's first token. */
    java.util.Map<Integer, OutcomeMatch> pairedParticiples = java.util.Map.of();
    /** Evidence sentences longer than this are cut to a window around the claim. */
    static final int MAX_EVIDENCE_CHARS = 1_200;

    ReportReading(ClaimExtractor engine, String reportId, String text, LocalDate publishedAt) {
        this.engine = engine;
        this.reportId = reportId;
        this.text = text;
        this.publishedAt = publishedAt;
        this.tokens = Tokenizer.tokenize(text);
        this.context = new ReportContext(engine.lexicon, tokens);
        this.victims = new VictimGroups(engine, tokens, context);
        this.nonVictims = new NonVictimFigures(engine.lexicon, tokens);
        this.contextParty = new ContextParty(engine, tokens, context);
        this.bullets = new BulletList(text, tokens);
        this.peopleFigureFilter = new PeopleFigureFilter(engine, tokens, context, bullets, nonVictims);
    }

    List<Claim> claims() {
        if (tokens.isEmpty()) {
            return List.of();
        }
        for (Sentence sentence : SentenceSplitter.split(text, tokens)) {
            ReadingPipeline.readSentence(new SentenceReading(this, sentence));
            previousSentence = sentence;
        }
        ReadingPipeline.linkReport(drafts, tokens);
        for (Draft d : drafts) {
            d.id = ClaimIds.of(reportId, d.spanStart, d.spanEnd, d.outcome);
        }
        List<Claim> claims = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            claims.add(freeze(d));
        }
        return claims;
    }

    /**
     * Rule "among-toll": "Ten children were among at least 48 people killed": a figure told as among the toll that
     * follows it is a breakdown child of that toll, of its outcome.
     */
    void amongTheToll(Sentence s, List<Quantity> quantities, List<Draft> inSentence) {
        // from the last figure back, so that a part coordinated before another finds that one read
        for (int k = quantities.size() - 2; k >= 0; k--) {
            Quantity part = quantities.get(k);
            Draft toll = draftAt(inSentence, quantities.get(k + 1));
            if (toll == null || draftAt(inSentence, part) != null) {
                continue;
            }
            if ("among-toll".equals(toll.rule)) {
                NounPhrase np = engine.phrases.read(tokens, part.to(), quantities.get(k + 1).from(), context);
                if (coordinatedBefore(part, np, quantities.get(k + 1), toll.parent)) {
                    addAmongPart(s, part, np, toll.parent, inSentence);
                }
                continue;
            }
            if (toll.outcome == null || toll.parent != null || part.count().value() > toll.value()) {
                continue;
            }
            NounPhrase np = engine.phrases.read(tokens, part.to(), quantities.get(k + 1).from(), context);
            // a headline drops the verb: "Ten children among 48 people killed in ..."
            int among = s.headline() && tokens.get(np.to()).is("among") ? np.to() : np.to() + 1;
            if (np.person() == null || !np.person().plural() && !part.article() || among >= quantities.get(k + 1).from()
                    || among > np.to() && !FINITE_AUXILIARIES.contains(tokens.get(np.to()).lower()) || !tokens.get(among).is("among")
                    || !onlyArticles(among + 1, quantities.get(k + 1).from())) {
                continue;
            }
            addAmongPart(s, part, np, toll, inSentence);
        }
        inSentence.sort((a, b) -> Integer.compare(a.quantity.from(), b.quantity.from()));
    }

    private void addAmongPart(Sentence s, Quantity part, NounPhrase np, Draft toll, List<Draft> inSentence) {
        Draft d = new Draft(s, part, np);
        d.parent = toll;
        d.outcome = toll.outcome;
        d.rule = "among-toll";
        setGroup(d, inSentence);
        setSpan(d);
        inSentence.add(d);
    }

    /**
     * Rule "among-toll" coordinated: "Two women and a child among 6 civilians killed": people joined by "and" or a
     * comma to a part of the toll are parts of it too.
     */
    private boolean coordinatedBefore(Quantity part, NounPhrase np, Quantity next, Draft toll) {
        if (toll == null || np.person() == null || part.count().value() > toll.value()) {
            return false;
        }
        for (int i = Math.max(np.to(), part.to()); i < next.from(); i++) {
            if (!tokens.get(i).is("and") && !tokens.get(i).is(",")) {
                return false;
            }
        }
        return true;
    }

    private static Draft draftAt(List<Draft> inSentence, Quantity q) {
        for (Draft d : inSentence) {
            if (d.quantity.from() == q.from()) {
                return d;
            }
        }
        return null;
    }

    private boolean onlyArticles(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).is("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the clause of each figure k ends for its outcome: the next figure, skipping figures that break it down
     * ("3 civilians, including a child, were killed") or are listed with it. Computed from the sentence's end
     * backwards in one pass, so that a list of n coordinated figures costs n steps, not n squared.
     */
    int[] nextStatements(List<Quantity> quantities, Sentence s) {
        int[] next = new int[quantities.size()];
        int following = s.to();
        for (int k = quantities.size() - 1; k >= 0; k--) {
            next[k] = following;
            if (startsStatement(quantities, k, s)) {
                following = quantities.get(k).from();
            }
        }
        return next;
    }

    /** Figure j starts a statement of its own: it neither breaks down nor is listed with the figure before it. */
    private boolean startsStatement(List<Quantity> quantities, int j, Sentence s) {
        if (j == 0) {
            return true;
        }
        int at = quantities.get(j).from();
        boolean breakdown = at - 1 > s.from() && (tokens.get(at - 1).is("including") || tokens.get(at - 1).is("(")
                || tokens.get(at - 1).is("them") && tokens.get(at - 2).is("among") || parentheticalPart(at, s));
        // "a man and his 4 children": the possessive of a kin figure stands between the coordination and the number
        int joint = at - 2 > s.from() && KIN_POSSESSIVES.contains(tokens.get(at - 1).lower()) ? at - 2 : at - 1;
        boolean listed = joint > s.from() && (tokens.get(joint).is("and") || tokens.get(joint).is(","))
                && at - quantities.get(j - 1).to() <= COORDINATION_REACH && !finiteVerbBetween(quantities.get(j - 1).to(), at - 1)
                && !othersAfterSerialAnd(quantities.get(j), s) && !afterClosedPair(quantities, j, s);
        return !breakdown && !listed;
    }

    /**
     * Rule "others-clause": "killed 9 fighters and 6 soldiers, and 4 others were injured": "others" after ", and" are
     * another set of people than the figures before, the subject of a clause of their own; its verb is not theirs.
     */
    static final String OTHERS_CLAUSE = "others-clause";

    private boolean othersAfterSerialAnd(Quantity q, Sentence s) {
        int at = q.from();
        return at - 2 > s.from() && tokens.get(at - 1).is("and") && tokens.get(at - 2).is(",") && q.to() < s.to()
                && (tokens.get(q.to()).is("others") || tokens.get(q.to()).is("other"));
    }

    /**
     * Rule "closed-pair-clause": "killing 4 soldiers and 3 civilians, and 9 people were injured": a pair of figures
     * joined by "and" is closed; a figure after a further ", and" starts a clause of its own, whose verb is not the
     * pair's. A list goes on with commas ("4 soldiers, 3 civilians, and 2 children"), not with a second "and".
     */
    static final String CLOSED_PAIR_CLAUSE = "closed-pair-clause";

    private boolean afterClosedPair(List<Quantity> quantities, int j, Sentence s) {
        int at = quantities.get(j).from();
        if (j < 2 || at - 2 <= s.from() || !tokens.get(at - 1).is("and") || !tokens.get(at - 2).is(",")) {
            return false;
        }
        int previous = quantities.get(j - 1).from();
        return previous - 1 > quantities.get(j - 2).to() && tokens.get(previous - 1).is("and");
    }

    private static final Set<String> FINITE_AUXILIARIES = WordList.of("finite-auxiliaries");
    private static final Set<String> KIN_POSSESSIVES = WordList.of("companions-possessives");

    /**
     * Rule "parenthetical-part": "6,400 members (of whom 1,150 are foreign nationals) who were arrested": a part told
     * in a parenthesis leaves the figure before it its statement, whose verb comes after the parenthesis.
     */
    private boolean parentheticalPart(int at, Sentence s) {
        return at - 3 >= s.from() && (tokens.get(at - 1).is("whom") || tokens.get(at - 1).is("them"))
                && tokens.get(at - 2).is("of") && tokens.get(at - 3).is("(");
    }

    /**
     * Rule "clause-and": "Seven bodies were found and seven others were injured": a figure after "and" that follows
     * a finite verb starts a clause of its own; it lists nothing with the figure before the verb.
     */
    private boolean finiteVerbBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (FINITE_AUXILIARIES.contains(tokens.get(i).lower()) && !tokens.get(i).acronym() && !relativeCopula(i, from)) {
                return true;
            }
        }
        return false;
    }

    /** How far before its copula "of whom" may stand: "of whom 70 are children". */
    private static final int RELATIVE_COPULA_REACH = 3;

    /**
     * Rule "relative-copula": "300 civilians, 70 of whom are children, and 200 fighters": the copula of a part told
     * in a relative clause is that clause's, so the figure after it is still listed with the ones before.
     */
    private boolean relativeCopula(int at, int floor) {
        if (!VictimGroups.COPULAS.contains(tokens.get(at).lower())) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(floor, at - RELATIVE_COPULA_REACH); k--) {
            if (tokens.get(k).is("whom") || tokens.get(k).is("which")) {
                return true;
            }
        }
        return false;
    }

    Draft readFigure(Sentence s, Clauses clauses, Quantity q, int previousEnd, int next, List<Draft> inSentence) {
        NounPhrase np = engine.phrases.read(tokens, q.to(), next, context);
        int label = lineTotal != null && inSentence.isEmpty() && np.bare() ? LabelLine.labelStart(tokens, s, q.from()) : -1;
        if (label >= 0) {
            NounPhrase named = engine.phrases.read(tokens, label, q.from() - 1, context);
            np = named.countsPeople() ? named : np;
            label = named.countsPeople() ? label : -1;
        }
        Draft d = new Draft(s, postQualified(q, np, next), np);
        Draft parent = label >= 0 && lineTotal.value() >= d.value() ? lineTotal : breakdownParent(d, inSentence);
        if (parent != null && np.partitive() && np.outcomeHead() != null && parent.outcome != np.outcomeHead().outcome()) {
            parent = null;
        }
        OutcomeMatch outcome = findOutcome(d, clauses, previousEnd, next, inSentence);
        if (outcome != null && q.article() && !outcomeFitsOnePerson(outcome, q)
                && !(parent != null && outcomeBeyondBreakdown(parent, d, outcome))
                && !HeadlineParticiple.fits(s, outcome, q, tokens, bullets.indent(s) >= 0)) {
            return null;
        }
        if (outcome != null && EitherOutcome.joins(tokens, outcome, engine.lexicon)) {
            return null;
        }
        Draft conjunct = outcome == null && parent == null ? conjunct(d, inSentence) : null;
        if (outcome == null && parent == null && conjunct == null && np.countsPeople()) {
            outcome = engine.coordinatedObjects.find(tokens, q.from(), clauses.start(q.from()));
        }
        if (outcome == null && parent == null && conjunct == null && np.countsPeople()) {
            Draft accompanied = AccompanyingFigure.joinedTo(tokens, q.from(), clauses.start(q.from()), inSentence, engine.lexicon.accompanying);
            if (accompanied != null) {
                outcome = new OutcomeMatch(accompanied.outcome, -1, -1, AccompanyingFigure.NAME);
            }
        }
        if (outcome == null && parent == null && conjunct == null && lineOutcome != null && inSentence.isEmpty() && np.countsPeople()) {
            outcome = new OutcomeMatch(lineOutcome, -1, -1, IntroducedOutcome.NAME);
        }
        if (outcome == null && parent == null && conjunct == null && !impliedToll(d, clauses)) {
            return null;
        }
        if (outcome == null && conjunct != null) {
            outcome = new OutcomeMatch(conjunct.outcome, -1, -1, "conjunct");
        }
        if (outcome == null && np.bare() && parent == null) {
            return null;
        }
        if (q.count().qualifier() == Qualifier.VAGUE && np.bare() && countsSomethingElse(q.to(), next)
                && !(outcome != null && outcome.from() >= 0 && outcome.to() <= q.from() && PLACED_AMOUNT.contains(tokens.get(q.to()).lower()))) {
            return null;
        }
        if (parent != null && outcomeBeyondBreakdown(parent, d, outcome)) {
            outcome = null;
        }
        d.parent = outcome != null && parent != null && (np.partitive() || !BreakdownOpener.opens(tokens, d))
                && otherOutcome(outcome.outcome(), parent.outcome) ? null : parent;
        if (d.parent == null && parent != null && parent.sentence != d.sentence && outcome != null) {
            d.parent = ownOutcomeTotal(d, outcome.outcome());
        }
        setOutcome(d, outcome, clauses);
        if (d.parent == null && parent != null) {
            d.rule = "part-other-outcome-" + d.rule;
        }
        setGroup(d, inSentence);
        String loser = LossSubject.of(d, tokens, clauses.start(d.outcomeFrom < 0 ? q.from() : d.outcomeFrom), engine.phrases,
                engine.lexicon, context);
        if (loser != null) {
            d.group = loser;
            d.rule = LossSubject.NAME + "-" + d.rule;
        } else if (lineLoser != null && IntroducedLoser.namesNoSide(d)) {
            d.group = lineLoser;
            d.rule = IntroducedLoser.NAME + "-" + d.rule;
        }
        setPerpetrator(d, clauses);
        setSpan(d);
        if (label >= 0) {
            d.rule = LabelLine.NAME + "-" + d.rule;
            d.spanStart = tokens.get(label).start();
        }
        return d;
    }

    /**
     * Rule "breakdown-outcome": "nine people died, including three police, and 12 were wounded": a breakdown of a
     * figure whose verb came before it ends at the comma after it; the verb past that comma is the next figure's, so
     * the breakdown keeps its parent's outcome, also when the part is one person ("leaving 4 dead, among them a child,
     * and 9 wounded"). A verb past the comma with no figure before it ("including 20 members, and they were
     * arrested") is still the breakdown's own.
     */
    private boolean outcomeBeyondBreakdown(Draft parent, Draft d, OutcomeMatch outcome) {
        if (outcome == null || outcome.from() < 0 || parent.outcomeFrom < 0 || parent.outcomeTo > d.quantity.from()) {
            return false;
        }
        int end = Math.max(d.phrase.to(), d.quantity.to());
        for (int i = end; i < outcome.from(); i++) {
            if (tokens.get(i).is(",")) {
                return !engine.numbers.read(tokens, i + 1, outcome.from()).isEmpty();
            }
        }
        return false;
    }

    /**
     * Rule "part-other-outcome": "kidnapped 40 passengers and killed 9 of them", "two were wounded, one of whom later
     * died": a part told with an outcome of its own is not a breakdown of the figure before (nine killed are no
     * part of a kidnapped toll), so it stands as a figure of its own outcome. So does a figure of another outcome that
     * no opener ("including", "among them") introduces right before it ("killed 30 people among the crowd, and
     * arrested 12 others"); "including 6,400 members who were arrested" stays a part of the people who got out.
     */
    private static boolean otherOutcome(Outcome own, Outcome parent) {
        if (parent == null || own == parent) {
            return false;
        }
        boolean bothDeaths = (own == Outcome.KILLED || own == Outcome.EXECUTED) && (parent == Outcome.KILLED || parent == Outcome.EXECUTED);
        return !bothDeaths;
    }

    /** "seized multiple rifles": a vague amount followed by a noun that is not people. */
    private boolean countsSomethingElse(int at, int next) {
        if (at >= next) {
            return false;
        }
        Token t = tokens.get(at);
        return t.isWord() && !t.is("of") && !t.is("and") && !t.is("or") && engine.lexicon.outcomes.longestAt(tokens, at, next) == null
                && !AUXILIARY_AFTER.contains(t.lower());
    }

    private static final Set<String> AUXILIARY_AFTER = WordList.of("auxiliary-after");
    /**
     * Rule "placed-amount": "the killing of dozens from both sides", "killed scores in the town": a vague amount
     * after its outcome and before a preposition counts the outcome's people.
     */
    static final String PLACED_AMOUNT_RULE = "placed-amount";
    private static final Set<String> PLACED_AMOUNT = WordList.of("placed-amount-prepositions");

    /**
     * "a man was killed", "a soldier died": one person needs a passive or a state, not "a bomber killed"; an adverb
     * may stand in the passive ("a woman ... were also killed").
     */
    private boolean outcomeFitsOnePerson(OutcomeMatch outcome, Quantity q) {
        if (outcome.from() < q.from()) {
            return true;
        }
        if (!"passive-verb".equals(outcome.rule())) {
            return true;
        }
        int at = outcome.from() - 1;
        if (at > q.to() && (tokens.get(at).is("also") || tokens.get(at).is("reportedly") || tokens.get(at).is("allegedly"))) {
            at--;
        }
        String before = tokens.get(at).lower();
        return before.equals("was") || before.equals("been") || before.equals("were") || before.equals("is");
    }

    /** "killed 21 police officers and 20 civilians": the second figure shares the verb of the first. */
    private Draft conjunct(Draft d, List<Draft> inSentence) {
        if (inSentence.isEmpty() || d.phrase.bare()) {
            return null;
        }
        Draft previous = inSentence.get(inSentence.size() - 1);
        int gapFrom = Math.max(previous.phrase.to(), previous.quantity.to());
        int gapTo = d.quantity.from();
        if (gapTo - 1 > gapFrom && KIN_POSSESSIVES.contains(tokens.get(gapTo - 1).lower())) {
            gapTo--; // "a woman and her 6 children": the possessive belongs to the kin figure
        }
        if (previous.parent != null && closedAppositive(gapFrom, gapTo)) {
            previous = previous.parent;
        } else if (previous.parent != null && closedAfterModifiers(gapFrom, gapTo)) {
            Draft total = previous.parent;
            return total.outcomeFrom >= 0 && total.outcomeFrom <= total.quantity.from() ? total : null;
        }
        int closed = previous.parent != null ? ClosedParenthesis.closed(tokens, gapFrom, gapTo) : 0;
        if (closed > 0) {
            Draft owner = ClosedParenthesis.owner(previous, closed);
            return owner != null && owner.outcomeFrom >= 0 && owner.outcomeFrom <= owner.quantity.from() ? owner : null;
        }
        if (GappedConjunct.joins(tokens, previous, d)) {
            return previous;
        }
        boolean chained = previous.rule.endsWith("conjunct");
        boolean activeBefore = previous.outcomeFrom >= 0 && previous.outcomeFrom <= previous.quantity.from();
        if (gapTo - gapFrom < 1 || !(chained || activeBefore)) {
            return null;
        }
        if (gapTo - gapFrom > 2) {
            return gapTo - gapFrom <= NOUN_LIST_GAP && nounListThenAnd(gapFrom, gapTo) || complementThenAnd(gapFrom, gapTo)
                    || PartyNameEnd.thenAnd(tokens, previous, gapFrom, gapTo)
                    || CoordinatedParty.thenAnd(tokens, previous, gapFrom, gapTo, engine.lexicon)
                    || RelativeThenAnd.joins(tokens, gapFrom, gapTo, engine.lexicon) ? previous : null;
        }
        return onlyCoordination(gapFrom, gapTo) || PartyNameEnd.thenAnd(tokens, previous, gapFrom, gapTo) ? previous : null;
    }

    private static final int NOUN_LIST_GAP = 5;

    /**
     * Rule "conjunct-after-part" past the part's modifiers: "killing 14 soldiers, among them an officer with the rank
     * of colonel, and 9 fighters": the part's own words, then ", and" and the figure that shares the total's verb.
     */
    private static final Set<String> MODIFIER_BREAKS = WordList.of("clause-breaks");

    private boolean closedAfterModifiers(int gapFrom, int gapTo) {
        if (gapTo - gapFrom < 3 || gapTo - gapFrom > COMPLEMENT_GAP + 2 || !tokens.get(gapTo - 2).is(",") || !tokens.get(gapTo - 1).is("and")) {
            return false;
        }
        for (int i = gapFrom; i < gapTo - 2; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || RELATIVE_WORDS.contains(t.lower()) || MODIFIER_BREAKS.contains(t.lower())
                    || engine.lexicon.outcomes.longestAt(tokens, i, gapTo) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "conjunct-after-part": "killed 8 civilians, 3 of them children, and 4 fighters": the comma closes the part
     * told of the first figure, and the figure after ", and" shares that figure's verb, beside it.
     */
    private boolean closedAppositive(int gapFrom, int gapTo) {
        return gapTo - gapFrom == 2 && tokens.get(gapFrom).is(",") && tokens.get(gapFrom + 1).is("and");
    }

    /**
     * Rule "conjunct" across a noun list: "killing 12 clerks and engineers and four technicians": more people nouns
     * of the first figure, joined by "and", stand between the two counted groups; a comma ends the list ("wounding
     * 20, residents and a security official said").
     */
    private boolean nounListThenAnd(int from, int to) {
        if (!tokens.get(to - 1).is("and")) {
            return false;
        }
        boolean noun = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is(",") && !SerialComma.at(tokens, i, to)) {
                return false;
            }
            if (COORDINATION.contains(t.lower())) {
                continue;
            }
            PhraseTable.Match<PersonNoun> m = engine.lexicon.personNouns.longestAt(tokens, i, to);
            if (m == null) {
                return false;
            }
            noun = true;
            i = m.to() - 1;
        }
        return noun;
    }

    private static final int COMPLEMENT_GAP = 8;
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "whom", "which", "that", "whose");

    /**
     * Rule "conjunct" across a complement: "killing 36 fighters of the rebel and Islamic factions and 3 soldiers":
     * the "of ..." complement of the first people, unread as a party, ends at the "and" that joins the second
     * figure, which shares the first one's verb. A comma, a figure, a verb or a relative word ends the complement.
     */
    private boolean complementThenAnd(int from, int to) {
        if (to - from > COMPLEMENT_GAP || !tokens.get(to - 1).is("and")
                || !(tokens.get(from).is("of") || tokens.get(from).is("from") || SerialComma.closes(tokens, from, to))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            Token t = tokens.get(i);
            if (SerialComma.at(tokens, i, to)) {
                continue;
            }
            if (!t.isWord() || FINITE_AUXILIARIES.contains(t.lower()) || RELATIVE_WORDS.contains(t.lower())
                    || engine.lexicon.outcomes.longestAt(tokens, i, i + 1) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "relative-copula" in a list: "300 civilians, 70 of whom are children, and 200 fighters": after a part told
     * in a relative clause, ", and" lists the next figure with the part's total.
     */
    private boolean relativePredicateThenAnd(int from, int to) {
        if (to - from > COMPLEMENT_GAP || from < 1 || !tokens.get(to - 1).is("and") || !relativeCopula(from, Math.max(0, from - RELATIVE_COPULA_REACH))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            Token t = tokens.get(i);
            if (t.is(",") && i == to - 2) {
                continue;
            }
            if (!t.isWord() || FINITE_AUXILIARIES.contains(t.lower()) || RELATIVE_WORDS.contains(t.lower())
                    || engine.lexicon.outcomes.longestAt(tokens, i, i + 1) != null) {
                return false;
            }
        }
        return true;
    }

    private Quantity postQualified(Quantity q, NounPhrase np, int next) {
        if (q.count().qualifier() != Qualifier.EXACT || q.article()) {
            return q;
        }
        if (q.from() > 0 && EXCEEDING_VERBS.contains(tokens.get(q.from() - 1).lower())) {
            return q.withCount(CountRange.of(Qualifier.MORE_THAN, q.count().value()));
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

    /**
     * Rule "exceeding-amount": "the number of civilians killed since April exceeds 730": a number that a verb says is
     * exceeded is a lower bound, as "more than 730" is.
     */
    static final String EXCEEDING_AMOUNT = "exceeding-amount";
    private static final Set<String> EXCEEDING_VERBS = WordList.of("exceeding-verbs");

    private OutcomeMatch findOutcome(Draft d, Clauses clauses, int previousEnd, int next, List<Draft> inSentence) {
        Quantity q = d.quantity;
        OutcomeMatch paired = pairedParticiples.get(q.from());
        if (paired != null) {
            return paired;
        }
        int floor = Math.max(previousEnd, clauses.start(q.from()));
        OutcomeMatch m = engine.outcomes.before(tokens, q.from(), floor);
        if (m == null && nonVictims.afterFamilyOf(q.from(), floor)) {
            m = engine.outcomes.before(tokens, q.from() - 3, floor);
        }
        if (m == null) {
            m = engine.outcomes.splitToDeath(tokens, q.from(), Math.max(d.phrase.to(), q.to()), floor);
        }
        if (m == null) {
            m = engine.outcomes.splitHostage(tokens, q.from(), Math.max(d.phrase.to(), q.to()), floor);
        }
        if (m == null) {
            m = engine.outcomes.risingToll(tokens, q.from(), clauses.start(q.from()));
        }
        if (m == null) {
            m = engine.outcomes.risingTollFar(tokens, q.from(), d.sentence.from());
        }
        if (m == null) {
            m = RaisedNumber.find(tokens, q.from(), d.sentence.from(), engine.lexicon);
        }
        if (m == null) {
            Draft toll = !inSentence.isEmpty() ? inSentence.get(inSentence.size() - 1) : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            m = AmountSubject.find(tokens, q.from(), floor, d.phrase.bare(), q.article(), toll, engine.lexicon);
        }
        if (m == null) {
            m = ShiftedObject.before(tokens, q.from(), floor, engine.lexicon);
        }
        if (m == null) {
            m = engine.outcomes.after(tokens, Math.max(d.phrase.to(), q.to()), next, clauses);
            if (m != null && ownStateBeforeFigure(d, m)) {
                m = null;
            }
        }
        if (m == null && d.phrase.outcomeHead() != null) {
            int head = d.phrase.headIndex();
            m = new OutcomeMatch(d.phrase.outcomeHead().outcome(), head, head + 1, "outcome-head");
        }
        return m;
    }

    /**
     * Rule "own-state": "left 6 dead soldiers and 3 civilians injured": a figure whose words say what befell its people
     * keeps that outcome; the verb after another figure is that figure's.
     */
    private boolean ownStateBeforeFigure(Draft d, OutcomeMatch after) {
        OutcomeTerm own = d.phrase.outcomeHead();
        if (own == null || own.role() == OutcomeTerm.Role.HEAD || own.outcome() == after.outcome()) {
            return false;
        }
        for (int i = Math.max(d.phrase.to(), d.quantity.to()); i < after.from(); i++) {
            if (tokens.get(i).isNumber()) {
                return true;
            }
        }
        return false;
    }

    private void setOutcome(Draft d, OutcomeMatch m, Clauses clauses) {
        if (m != null && m.from() < 0) {
            d.outcome = m.outcome();
            d.rule = m.rule();
        } else if (m != null) {
            d.outcome = m.outcome();
            d.outcomeFrom = m.from();
            d.outcomeTo = m.to();
            d.rule = m.rule();
            if (m.to() <= d.quantity.from() && BodyOfExecuted.namesBody(tokens, m.from())
                    && BodyOfExecuted.executed(tokens, Math.max(d.phrase.to(), d.quantity.to()), d.sentence.to(), engine.lexicon)) {
                d.outcome = Outcome.EXECUTED;
                d.rule = BodyOfExecuted.NAME + "-" + d.rule;
            }
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
        if (announcedToll(d)) {
            return true;
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

    /**
     * Rule "announced-toll": "the toll of the clashes is as follows: 203 fighters and 40 civilians": the people listed
     * after a colon that a sentence about a toll announces are the toll's dead.
     */
    private boolean announcedToll(Draft d) {
        int colon = d.quantity.from() - 1;
        while (colon > d.sentence.from() && !tokens.get(colon).is(":")) {
            colon--;
        }
        if (colon <= d.sentence.from() || !AnnouncedList.announces(tokens, d.sentence.from(), colon + 1, engine.lexicon.listAnnouncers)) {
            return false;
        }
        for (int i = d.sentence.from(); i < colon; i++) {
            if (tokens.get(i).is("toll")) {
                return true;
            }
        }
        return false;
    }

    private Draft breakdownParent(Draft d, List<Draft> inSentence) {
        if (addedTo(d)) {
            return null;
        }
        if (inSentence.isEmpty() && lineTotal != null && lineTotal.value() >= d.value()
                && (d.quantity.from() <= d.sentence.from() + 3 || LabelLine.labelStart(tokens, d.sentence, d.quantity.from()) >= 0)) {
            return lineTotal;
        }
        Draft rest = RemainingPart.total(d, tokens, inSentence.isEmpty() ? drafts : inSentence);
        if (rest != null) {
            return rest;
        }
        PartLevel.Gap gap = inSentence.isEmpty() ? null : PartLevel.before(d, inSentence, tokens);
        if (gap != null && gap.to() - 1 > gap.from() && KIN_POSSESSIVES.contains(tokens.get(gap.to() - 1).lower())) {
            gap = new PartLevel.Gap(gap.previous(), gap.from(), gap.to() - 1); // "a man and his 2 sons"
        }
        // "Of the 40 killed, 15 were children, including 4 girls": a part of a part still breaks down the part
        boolean ofPart = gap != null && gap.previous().parent != null && gap.to() - gap.from() <= OPENER_GAP
                && hasBreakdownCue(gap.from(), gap.to());
        if (opensOnToll(d.sentence, inSentence) && inSentence.get(0).value() >= d.value() && !ofPart) {
            return inSentence.get(0);
        }
        Draft named = inSentence.isEmpty() ? PartLevel.amongNamedPart(d.sentence, tokens, drafts) : null;
        if (named == null && inSentence.isEmpty()) {
            named = OfNamedPart.parent(d.sentence, tokens, drafts);
        }
        if (named == null && inSentence.isEmpty()) {
            named = PartLevel.namedIncludes(d.sentence, tokens, drafts);
        }
        if (named != null && named.value() >= d.value()) {
            return named;
        }
        if (inSentence.isEmpty() && OfThemPart.opens(tokens, d) && victims.predicate(d) != null) {
            return earlierTotal(d, null);
        }
        Outcome told = inSentence.isEmpty() ? OfThemPart.toldOutcome(tokens, d, engine.lexicon) : null;
        Draft toldTotal = told == null ? null : earlierTotal(d, null);
        if (toldTotal != null && Restatements.toll(toldTotal.outcome) == Restatements.toll(told)) {
            return toldTotal;
        }
        if (OfThemPart.sibling(tokens, d, inSentence) && victims.predicate(d) != null) {
            return inSentence.get(0).parent;
        }
        if (opensAmongVictims(d.sentence) && partOfListed(d, gap)) {
            return gap.previous();
        }
        if (opensAmongVictims(d.sentence) && !ofPart) {
            Draft first = inSentence.isEmpty() ? null : inSentence.get(0);
            return first != null && first.parent != null && first.parent.value() >= d.value() ? first.parent
                    : earlierTotal(d, namedOutcome(d.sentence.from(), Math.min(d.sentence.to(), d.sentence.from() + 3)));
        }
        if (gap == null) {
            return d.phrase.partitive() ? earlierTotal(d, namedOutcome(d.phrase.from(), d.phrase.to())) : null;
        }
        Draft previous = gap.previous();
        int gapFrom = gap.from();
        int gapTo = gap.to();
        if (AnnouncedList.announces(tokens, gapFrom, gapTo, engine.lexicon.listAnnouncers) && previous.parent == null) {
            return previous;
        }
        Draft candidate = null;
        boolean listed = false;
        if (PartLevel.namesTheirPeople(tokens, gap)) {
            candidate = PartLevel.root(previous);
        } else if (PartLevel.opensParenthesis(tokens, gap) || PartLevel.opensColonList(tokens, gap)) {
            candidate = previous;
        } else if (gapTo - gapFrom > (d.phrase.partitive() ? 2 * BREAKDOWN_REACH : BREAKDOWN_REACH)) {
            return BreakdownOpener.opens(tokens, d) ? BreakdownOpener.total(d, inSentence) : null;
        } else if (gapTo - gapFrom == 1 && (tokens.get(gapFrom).is("(") || LIST_OPENERS.contains(tokens.get(gapFrom).lower()))) {
            candidate = previous;
        } else if (hasBreakdownCue(gapFrom, gapTo) && tokens.get(gapFrom).is("(") && previous.parent != null && listed(previous, inSentence)
                && !ItemParenthesis.ofItem(tokens, gapFrom, d.sentence.from(), d.sentence.to()) && !relativeOpener(gapFrom + 1, gapTo)) {
            candidate = previous.parent;
        } else if (OfThemSibling.of(d, previous, tokens)) {
            candidate = previous.parent;
        } else if (PartLevel.ofTheToll(d, tokens)) {
            candidate = PartLevel.root(previous);
        } else if (OpenedPartClosed.closes(tokens, d, previous, gapFrom, gapTo, inSentence)) {
            candidate = previous.parent.parent;
            listed = true;
            if (candidate == null) {
                return null;
            }
        } else if (previous.parent != null && onlyCoordination(gapFrom, gapTo) && PartLevel.amongThemAfter(previous, tokens)) {
            candidate = previous.parent;
            listed = true;
        } else if (d.phrase.partitive() || hasBreakdownCue(gapFrom, gapTo) || PartLevel.amongThemAfter(d, tokens)) {
            candidate = previous;
        } else if (previous.parent != null && (onlyCoordination(gapFrom, gapTo) || complementThenAnd(gapFrom, gapTo)
                || relativePredicateThenAnd(gapFrom, gapTo)
                || RelativeThenAnd.joins(tokens, gapFrom, gapTo, engine.lexicon, previous.parent.outcome)
                || PartLevel.semicolonList(tokens, gap, COORDINATION)
                || PartLevel.coordinatedAfterModifiers(d, gap, tokens)
                || PartLevel.parallel(d, gap, inSentence))) {
            candidate = previous.parent;
            listed = true;
        }
        for (int steps = 0; candidate != null && candidate.value() < d.value(); steps++) {
            candidate = steps < MAX_NESTING ? candidate.parent : null;
        }
        candidate = PartLevel.level(d, candidate, inSentence, listed, tokens);
        return candidate != null && BreakdownOpener.otherParty(d.phrase, candidate) ? null : candidate;
    }

    /**
     * Rule "added-figure": "among them 20 leaders, in addition to several women who ...", "174 fighters, among them 12
     * commanders, in addition to 39 civilians": a figure right after "in addition to" is added to what was told, never
     * a part of it.
     */
    private boolean addedTo(Draft d) {
        int at = Math.min(d.quantity.from(), d.phrase.from());
        if (at >= 1 && tokens.get(at - 1).is("the")) {
            at--;
        }
        return at >= 3 && at - 3 >= d.sentence.from() && tokens.get(at - 3).is("in") && tokens.get(at - 2).is("addition")
                && tokens.get(at - 1).is("to");
    }

    static final String ADDED_FIGURE = "added-figure";

    /** How many words a breakdown cue may take before a part of a part: ", including", ", among them", ", of whom". */
    private static final int OPENER_GAP = 4;

    /**
     * "including 100 children and 50 women (including 40 Syrians)": a parenthesis after the last of listed parts
     * breaks down their total; after a part told alone ("among them 24 women (including 15 ...)") it breaks down
     * that part. The parts are listed together when only "and" or a comma stands between them: "of whom 72 were
     * killed ..., and they are 109 civilians (including 9 children)" opens a new list, whose part the parenthesis
     * breaks down.
     */
    private boolean listed(Draft part, List<Draft> inSentence) {
        int at = inSentence.indexOf(part);
        if (at <= 0) {
            return false;
        }
        Draft sibling = inSentence.get(at - 1);
        return sibling.parent == part.parent && onlyCoordination(PartLevel.end(sibling), part.quantity.from());
    }

    /**
     * "among them 3 commanders and 5 snipers (of whom 4 non-Syrians)": a relative pronoun right inside the
     * parenthesis takes the noun just before it, the last listed part, not the total of the list.
     */
    private boolean relativeOpener(int at, int to) {
        return at + 1 < to && OfThemOpener.at(tokens, at + 1) && !tokens.get(at + 1).is("them");
    }

    /**
     * Rule "list-breakdown": "killed nine people: five soldiers and four civilians", "two families - four children and
     * four parents": a list opened by a colon or a dash right after a figure's people breaks that figure down.
     */
    private static final Set<String> LIST_OPENERS = WordList.of("list-openers");

    private static final Set<String> VICTIM_HEADS = WordList.of("victim-heads");

    /**
     * Rule "among-the-victims": "Among those killed, seven were villagers and four were soldiers", "Of the dead,
     * ...", "Among them were ...", "The victims include ...", "They included ...": a sentence that opens on the
     * victims already counted breaks their toll down; its figures are parts of that toll.
     */
    private boolean opensAmongVictims(Sentence s) {
        int i = s.from();
        if (PartLevel.victimsInclude(tokens, s, VICTIM_HEADS)) {
            return true;
        }
        if (i + 2 >= s.to() || !(tokens.get(i).is("among") || tokens.get(i).is("of"))
                || !(tokens.get(i + 1).is("those") || tokens.get(i + 1).is("the") || tokens.get(i + 1).is("them"))) {
            return false;
        }
        return VICTIM_HEADS.contains(tokens.get(i + 2).lower()) || tokens.get(i).is("among") && tokens.get(i + 1).is("them");
    }

    /**
     * Rule "listed-part": "They include 350 civilians, 90 of them children; 250 soldiers": a part told by "of them"
     * right after a listed figure breaks down that figure, not the toll the sentence opens on.
     */
    private boolean partOfListed(Draft d, PartLevel.Gap gap) {
        return gap != null && d.phrase.partitive() && gap.to() - gap.from() == 1 && tokens.get(gap.from()).is(",")
                && gap.previous().value() > d.value();
    }

    /**
     * Rule "among-the-victims" too: "Of the 15 people killed, six were militants", "Among the 15 people killed were
     * 9 civilians": the figure it opens on is the toll.
     */
    private boolean opensOnToll(Sentence s, List<Draft> inSentence) {
        if (inSentence.isEmpty() || s.to() - s.from() < 3 || !(tokens.get(s.from()).is("of") || tokens.get(s.from()).is("among"))
                || !tokens.get(s.from() + 1).is("the")) {
            return false;
        }
        Draft first = inSentence.get(0);
        return first.parent == null && first.quantity.from() == s.from() + 2;
    }

    /**
     * "22 of the victims died": a part of a total stated in an earlier sentence; of a total of the outcome that the
     * words naming the victims tell, if they tell one ("The dead included six civilians" after "10 people were killed
     * and around 20 injured").
     */
    private Draft earlierTotal(Draft d, Outcome named) {
        for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - MAX_NESTING); i--) {
            Draft earlier = drafts.get(i);
            if (earlier.parent == null && earlier.restates == null && earlier.value() > d.value()
                    && (named == null || Restatements.toll(earlier.outcome) == Restatements.toll(named))) {
                return earlier;
            }
        }
        return null;
    }

    /**
     * Rule "own-outcome-total": "9 civilians were killed ..., while 14 others were injured. The victims include a
     * woman and her three children, who were killed ...": a part told in a later sentence with an outcome of its own
     * belongs to the latest earlier total of that outcome, not to the last total told.
     */
    private Draft ownOutcomeTotal(Draft d, Outcome outcome) {
        Draft total = earlierTotal(d, outcome);
        return total != null && total.sentence != d.sentence && total.outcome == outcome ? total : null;
    }

    /** The outcome that a word naming the victims in [from, to) tells: "the dead", "of the injured". */
    private Outcome namedOutcome(int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseTable.Match<OutcomeTerm> m = VICTIM_HEADS.contains(tokens.get(i).lower()) ? engine.lexicon.outcomes.longestAt(tokens, i, i + 1) : null;
            if (m != null) {
                return m.value().outcome();
            }
        }
        return null;
    }

    private boolean hasBreakdownCue(int from, int to) {
        for (int i = BreakdownOpener.clauseStart(tokens, from, to); i < to; i++) {
            String w = tokens.get(i).lower();
            if (BREAKDOWN_CUES.contains(w) || OfThemOpener.at(tokens, i) || victimsAre(i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "victims-are": "killing 4 people; the dead were a woman, her daughter and 2 men": the victims of the toll
     * told before, named by a copula, are its parts, as "the dead included" names them.
     */
    private boolean victimsAre(int i, int to) {
        return i + 1 < to && VICTIM_HEADS.contains(tokens.get(i).lower()) && VICTIM_COPULAS.contains(tokens.get(i + 1).lower())
                && i > 0 && tokens.get(i - 1).is("the");
    }

    private static final Set<String> VICTIM_COPULAS = WordList.of("copulas");

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
        String parentGroup = d.parent == null ? null : d.parent.group;
        if (np.group() != null) {
            d.group = np.group();
            d.groupAsWritten = text.substring(tokens.get(np.groupFrom()).start(), tokens.get(np.groupTo() - 1).end());
        } else if (np.person() != null && np.person().group() != null) {
            d.group = victims.ofPerson(np, parentGroup);
        } else {
            NounPhrase predicate = victims.predicate(d);
            NounPhrase counted = predicate == null ? victims.numberOf(d) : null;
            counted = predicate == null && counted == null ? AmountSubject.counted(d, tokens, engine.phrases, engine.lexicon, context) : counted;
            NounPhrase tollOf = predicate == null && counted == null ? TollOfGroup.counted(d, tokens, engine.phrases, engine.lexicon, context) : null;
            if (tollOf != null) {
                counted = tollOf;
                d.rule = TollOfGroup.NAME + "-" + d.rule;
            }
            if (counted != null) {
                d.group = counted.group() != null ? counted.group() : victims.ofPerson(counted, parentGroup);
                d.groupAsWritten = text.substring(tokens.get(counted.from()).start(), tokens.get(counted.to() - 1).end());
            } else if (predicate != null) {
                d.group = predicate.group() != null ? predicate.group() : victims.ofPerson(predicate, parentGroup);
                d.groupAsWritten = text.substring(tokens.get(predicate.from()).start(), tokens.get(predicate.to() - 1).end());
                d.rule = VictimGroups.COPULA_GROUP + "-" + d.rule;
            } else {
                String ranks = np.person() == null ? victims.ranksParty(d) : null;
                d.group = ranks != null ? ranks : coreferentGroup(d, inSentence);
                if (ranks != null) {
                    d.rule = VictimGroups.RANKS_PARTY + "-" + d.rule;
                }
            }
        }
        if (d.parent == null && (contextParty.bareMembers(d) || Groups.PEOPLE.equals(d.group) && contextParty.pronounPart(d))) {
            partyOfContext(d, inSentence);
        }
        if (d.parent != null && !d.rule.startsWith(VictimGroups.COPULA_GROUP)) {
            d.group = BreakdownGroup.of(np, d.group, d.parent.group);
        }
        if (d.parent != null && (Groups.PEOPLE.equals(d.group) || Groups.FIGHTERS.equals(d.group)) && contextParty.possessed(d)) {
            possessedPart(d);
        }
        String accused = Groups.PEOPLE.equals(d.group) || Groups.FIGHTERS.equals(d.group) ? victims.accusedParty(d) : null;
        if (accused != null) {
            d.group = accused;
        }
        String sides = victims.bothSides(d);
        if (sides != null) {
            d.group = sides;
        }
        // "35 gunmen of the tribes, six of them former members of the council": a part of them is of their side
        if (!NOT_COMBATANTS.contains(d.group) && victims.formerMembers(np) && !(d.parent != null && np.partitive())) {
            d.group = Groups.PEOPLE;
        }
        String possessors = PossessorsCompanions.partyOfPossessor(d, tokens, inSentence);
        if (possessors != null) {
            d.group = possessors;
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

    static final String POSSESSED_PART = "possessed-part";

    /**
     * Rule "possessed-part": "the group executed 17 people, including 4 of its own members", "among them 6 of their
     * fighters": a part of people or fighters of no stated side that the possessive gives to a party is of that party,
     * the subject included.
     */
    private void possessedPart(Draft d) {
        String party = contextParty.possessor(d);
        if (party != null && !NOT_COMBATANTS.contains(party)) {
            d.group = party;
            d.rule = POSSESSED_PART + "-" + d.rule;
        }
    }

    /** Rules "other-members" and "context-party" ({@link ContextParty}): bare members of the party the context names. */
    private void partyOfContext(Draft d, List<Draft> inSentence) {
        String party;
        String rule;
        if (contextParty.possessed(d)) {
            party = contextParty.possessor(d);
            rule = ContextParty.POSSESSOR_RULE;
        } else if (contextParty.other(d)) {
            List<Draft> earlier = new ArrayList<>(drafts);
            earlier.addAll(inSentence);
            party = contextParty.ofOthers(earlier);
            rule = ContextParty.OTHER_RULE;
        } else {
            party = lastTopLevel(inSentence) == null ? contextParty.named(d) : null;
            rule = ContextParty.CONTEXT_RULE;
        }
        if (party != null) {
            d.group = party;
            d.rule = rule + "-" + d.rule;
        }
    }

    private static final Set<String> NOT_COMBATANTS = Set.of(Groups.PEOPLE, Groups.CIVILIANS, Groups.DETAINEES);

    /** "21 others", "30 members", "26100 of them": the group of the figure they continue. */
    private String coreferentGroup(Draft d, List<Draft> inSentence) {
        if (d.parent != null) {
            return d.parent.group;
        }
        Draft previous = lastTopLevel(inSentence);
        if (previous != null && !(Groups.SECURITY_FORCES.equals(previous.group) && d.phrase.person() != null && !others(d.phrase))) {
            return previous.group;
        }
        String named = previous == null ? contextParty.ofThem(d) : null;
        if (named != null) {
            d.rule = ContextParty.OF_THEM_RULE + "-" + d.rule;
            return named;
        }
        Draft before = previous == null && others(d.phrase) ? othersOfPrevious(d) : null;
        if (before != null) {
            d.rule = OTHERS_OF_PREVIOUS + "-" + d.rule;
            return before.group;
        }
        if (d.phrase.person() != null && isFighterNoun(d.phrase.person()) && victims.armedLeader(d.phrase)) {
            return Groups.FIGHTERS;
        }
        return Groups.PEOPLE;
    }

    private static final Set<String> OTHERS = WordList.of("others");

    /**
     * Rule "others-of-previous": "Two SDF fighters were killed by a mine. Three others were injured": "others" that
     * open no figure of their own sentence continue the last figure of the sentence before, in the same paragraph.
     */
    static final String OTHERS_OF_PREVIOUS = "others-of-previous";

    private Draft othersOfPrevious(Draft d) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft e = drafts.get(i);
            if (e.sentence.index() != d.sentence.index() - 1 || Paragraphs.of(text).apart(e.sentence, d.sentence)) {
                return null;
            }
            if (e.parent == null && e.restates == null) {
                return Groups.PEOPLE.equals(e.group) ? null : e;
            }
        }
        return null;
    }

    /**
     * Rule "others-of-forces": "three soldiers were killed, and 11 others were wounded": "others" are more of the
     * forces told before them, though a person noun of its own after soldiers names people of another kind.
     */
    static final String OTHERS_OF_FORCES = "others-of-forces";

    private boolean others(NounPhrase np) {
        return np.headIndex() >= 0 && OTHERS.contains(tokens.get(np.headIndex()).lower());
    }

    /**
     * "killed nine people, including three police, and 12 were wounded": the 12 continue the nine, not the police;
     * "killing two civilians, a man and his son, and injuring five others": nor do others continue an apposition.
     */
    private Draft lastTopLevel(List<Draft> inSentence) {
        for (int i = inSentence.size() - 1; i >= 0; i--) {
            if (inSentence.get(i).parent == null && !AppositiveBreakdown.inApposition(inSentence, i, tokens)) {
                return inSentence.get(i);
            }
        }
        return null;
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

    /** The claim's sentence, cut to a window around the claim when a run-on sentence exceeds the limit. */
    private String evidenceSentence(Draft d) {
        Sentence s = d.sentence;
        if (s.end() - s.start() <= MAX_EVIDENCE_CHARS) {
            return sentenceTexts.computeIfAbsent(s.index(), i -> s.text(text));
        }
        int half = Math.max(0, (MAX_EVIDENCE_CHARS - (d.spanEnd - d.spanStart)) / 2);
        int from = Math.max(s.start(), d.spanStart - half);
        int to = Math.min(s.end(), Math.max(d.spanEnd, from + MAX_EVIDENCE_CHARS));
        return text.substring(from, to);
    }

    private Claim freeze(Draft d) {
        return new Claim(d.id, reportId, d.count, d.outcome, d.group, d.groupAsWritten, d.subgroup, d.perpetrator,
                d.location, d.scope, d.periodStart, d.periodEnd, d.parent == null ? null : d.parent.id,
                d.restates == null ? null : d.restates.id, new Evidence(evidenceSentence(d), d.spanStart, d.spanEnd),
                d.flags, d.rule);
    }
}
