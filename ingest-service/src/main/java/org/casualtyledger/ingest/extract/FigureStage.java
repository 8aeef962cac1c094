package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#FIGURES}: the numbers that count people, and people counted without one. */
final class FigureStage {

    private FigureStage() {
    }

    /**
     * Rule "people-figures": "Joey Doe, 38, was pulled from his car by six gunmen in 2016": dates, years, ages, money,
     * agents and figures of things are dropped, so that they bound no other figure's clause. The numbers are read by
     * {@link NumberReader} (digits, spelled-out numbers, vague amounts, ranges, qualifiers), the figures of people
     * kept by {@link PeopleFigureFilter}.
     */
    static final class PeopleFigures implements SentenceRule {
        static final String NAME = "people-figures";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Joey Doe, 38, was pulled from his car by six gunmen in 2016";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("qualifier-another", "agent-by", "excluded-figure", "one-and-others", "age-list", "number-in-name",
                    "one-in-complement", "family-of-n", "partitive-whole", "spaced-colon", "item-number",
                    NumberedLine.NAME, NumberedLine.AFTER_LIST, InlineItemMark.NAME, Tokenizer.PLURAL_POSSESSIVE, NonVictimFigures.RELEASED, PairWord.NAME,
                    "events-with-victims", "number-verb");
        }

        @Override
        public void apply(SentenceReading r) {
            ReportReading report = r.report;
            r.quantities = report.peopleFigureFilter.peopleFigures(r.sentence,
                    report.engine.numbers.read(r.tokens(), r.sentence.from(), r.sentence.to()));
        }
    }

    /**
     * Rule "clause-and": "Seven bodies were found and seven others were injured": where the clause of each figure
     * ends, past the figures that break it down or are listed with it.
     */
    static final class StatementBounds implements SentenceRule {
        static final String NAME = "clause-and";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Seven bodies were found and seven others were injured";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(ReportReading.OTHERS_CLAUSE, ReportReading.CLOSED_PAIR_CLAUSE);
        }

        @Override
        public void apply(SentenceReading r) {
            r.nextStatements = r.report.nextStatements(r.quantities, r.sentence);
        }
    }

    /** Rule "one-victim": "a city councillor was shot dead": one person named without a figure ({@link OneVictim}). */
    static final class OneVictims implements SentenceRule {
        static final String NAME = "one-victim";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "a city councillor who grew up in the town was shot dead";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("one-victim-pair", "one-victim-conjunct", "one-victim-object-group", "body-found", "shot-down",
                    "another-of-them", "another-subject", LoneOrdinal.NAME, AnotherOpening.NAME, AnotherOpeningOthers.NAME, OwnVerbAfter.NAME,
                    HeadlineSubject.NAME, OneVictim.PRONOUN_TOLD, OneVictim.OTHERS_OF_ONE, OneVictim.NAMED_APPOSITION,
                    OneVictim.POSSESSED_SUBJECT, OneVictim.POSSESSED_STATE, OneVictim.ELIDED_AUXILIARY);
        }

        @Override
        public void apply(SentenceReading r) {
            ReportReading report = r.report;
            new OneVictim(report.engine, report.tokens, report.text).find(r.sentence, r.clauses, r.drafts);
            AnotherOpening.apply(r.sentence, report.tokens, r.drafts, report.drafts);
            AnotherOpeningOthers.apply(r.sentence, report.tokens, r.drafts, report.drafts);
        }
    }

    /** Rule "companion": "a chief, his wife and three sons were shot dead": the people killed with a victim. */
    static final class Companion implements SentenceRule {
        static final String NAME = "companion";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "a chief, his wife and three sons were shot dead";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("companion-own-predicate", "leader-and-comrades", CompanionSubject.NAME, Companions.GROUP_COMPANION, Companions.COMPANION_LIST,
                    Companions.COMPANION_PART);
        }

        @Override
        public void apply(SentenceReading r) {
            new Companions(r.report.tokens, r.report.text, r.report.engine.lexicon).find(r.sentence, r.drafts);
        }
    }
}
