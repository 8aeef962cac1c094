package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#OUTCOME}: what happened to the people each figure counts. */
final class OutcomeStage {

    private OutcomeStage() {
    }

    /**
     * Rule "paired-participle": "12 villagers killed 30 injured": two figures paired with their own participles keep
     * them ({@link PairedParticiples}); the figure rule takes these outcomes first.
     */
    static final class Paired implements SentenceRule {
        static final String NAME = PairedParticiples.RULE;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "12 villagers killed 30 injured";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("paired-others", "captive-killed");
        }

        @Override
        public void apply(SentenceReading r) {
            ReportReading report = r.report;
            report.pairedParticiples = PairedParticiples.find(report.tokens, r.quantities, report.engine.lexicon,
                    r.sentence.from(), r.sentence.to());
        }
    }

    /**
     * Rule "figure-outcome": "Gunmen killed 21 police officers and 20 civilians": each figure of people, in order, with
     * its outcome (verb or noun before, passive or state after, rising toll, conjunct), its breakdown parent in the
     * sentence, its group and its perpetrator ({@link ReportReading#readFigure}).
     */
    static final class FigureOutcome implements SentenceRule {
        static final String NAME = "figure-outcome";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Gunmen killed 21 police officers and 20 civilians";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("active-verb", "outcome-noun", "passive-verb", "state", "modal-passive", "attempted-outcome", "predicate-victim",
                    "split-to-death", "split-hostage", BodyOfExecuted.NAME, "own-state", ReportReading.PLACED_AMOUNT_RULE, "rising-toll", "rising-toll-far", "rising-number", "outcome-head", "coordinated-object",
                    "coordinated-kin", "conjunct", GappedConjunct.NAME, "own-outcome-total", "victims-are", "implied-toll", "one-person", "breakdown", "breakdown-outcome",
                    "list-breakdown", "among-the-victims", "listed-part", "relative-copula", "among-the-dead", "passive-over-period", "include-adverb", "sentence-final-participle", "part-other-outcome", ReportReading.ADDED_FIGURE, "copula-group", "former-members",
                    "armed-leader", "security-forces-party", "members-of-armed-body", "proper-name-modifier",
                    "clause-break", "accompanying-figure", "announced-list", "breakdown-group", BreakdownOpener.NAME,
                    NounPhraseReader.FAMILY_MEMBERS, LossSubject.NAME, LossSubject.RELATIVE_ASIDE_SUBJECT, VictimGroups.NUMBER_OF_GROUP, VictimGroups.RANKS_PARTY,
                    ContextParty.CONTEXT_RULE, ContextParty.OTHER_RULE, ContextParty.POSSESSOR_RULE, ContextParty.OF_THEM_RULE,
                    "pronoun-part", "both-sides", "partitive-participle",
                    "partitive-article", "partitive-origin", "member-in", "parenthetical-part", "relative-then-part",
                    "accused-of-belonging", "rising-victims", "loyal-to", "thing-ahead", "participle-modifier",
                    "parenthesis-skip", "parenthesis-breakdown", PartLevel.NAME, "colon-list", "they-are", DashList.NAME,
                    "of-the-toll", "parallel-part", "among-named-part", PartLevel.NAMED_INCLUDE, OfNamedPart.NAME, OfThemPart.NAME, OfThemPart.SAME_OUTCOME, OfThemSibling.NAME,
                    OfThemOpener.NAME, RaisedNumber.NAME, "headline-raised-number", RaisedLosses.NAME,
                    LabelLine.NAME, SyrianSetting.NAME, SerialComma.NAME, OpenedPartClosed.NAME, OpenedPartClosed.RELATIVE, RemainingPart.NAME, ItemParenthesis.NAME, "figure-after-and", "conjunct-after-part",
                    "announced-toll", ClosedParenthesis.NAME, SyrianPartyName.NAME, NounPhraseReader.OUTCOME_OF_PEOPLE, NounPhraseReader.POSSESSOR_WHOLE, PartLevel.PARTS_AMONG_THEM, ReportReading.OTHERS_OF_FORCES,
                    TollOfGroup.NAME, ShiftedObject.NAME, CountedParticiple.NAME, PossessorsCompanions.NAME,
                    NounPhraseReader.COUNTED_WHOLE, PartyNameEnd.NAME, CoordinatedParty.NAME, CountedOnlyNoun.NAME, RelativeThenAnd.NAME, RelativeThenAnd.TOLD_AGAIN, NounAsVerb.NAME,
                    OutcomeFinder.TOLL_COPULA, NounPhraseReader.TOLL_AFTER_FIGURE,
                    OutcomeFinder.PARTICIPLE_BEFORE_RISE, PossessorsCompanions.POSSESSORS_PARTY,
                    OutcomeFinder.RISING_LOSSES, HeadlineParticiple.NAME, ReportReading.OTHERS_OF_PREVIOUS,
                    ReportReading.EXCEEDING_AMOUNT, AmountSubject.NAME, ReportReading.POSSESSED_PART, NounPhraseReader.COORDINATED_VICTIMS_OF, NounPhraseReader.KIN_OF_MEMBERS);
        }

        @Override
        public void apply(SentenceReading r) {
            List<Quantity> quantities = r.quantities;
            for (int k = 0; k < quantities.size(); k++) {
                int next = r.nextStatements[k];
                int previousEnd = k > 0 ? quantities.get(k - 1).to() : r.sentence.from();
                Draft d = r.report.readFigure(r.sentence, r.clauses, quantities.get(k), previousEnd, next, r.drafts);
                if (d != null) {
                    r.drafts.add(d);
                }
            }
        }
    }

    /** Rule "shot-then-outcome": "shot a guard, wounding him": the one victim takes the participle's outcome. */
    static final class ShotThen implements SentenceRule {
        static final String NAME = "shot-then-outcome";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "the gunmen shot a guard, wounding him";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(ShotThenOutcome.FIRED_ON);
        }

        @Override
        public void apply(SentenceReading r) {
            ShotThenOutcome.apply(r.drafts, r.report.tokens, r.sentence);
        }
    }
}
