package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#RESTATEMENT}: one toll counted once. */
final class RestatementStage {

    private RestatementStage() {
    }

    /** Rule "title": "Fri 3 May 40 Fighters Killed in Raid. Soldiers killed ...": a title run into the text ({@link TitleHeadline}). */
    static final class Title implements SentenceRule {
        static final String NAME = "title";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Fri 3 May 40 Fighters Killed in Raid. Soldiers killed about 40 more fighters";
        }

        @Override
        public void apply(SentenceReading r) {
            TitleHeadline.mark(r.drafts, r.report.tokens, r.sentence);
        }
    }

    /** Rule "published-before": "The monitor published yesterday that 31 people were killed": flagged, not counted again. */
    static final class PublishedEarlier implements SentenceRule {
        static final String NAME = "published-before";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The monitor published yesterday that 31 people were killed";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(EarlierPublication.NAME, FrontedPublication.NAME, PublishedBefore.OWN_NEWS_CLAUSE);
        }

        @Override
        public void apply(SentenceReading r) {
            PublishedBefore.mark(r.drafts, r.report.tokens, r.sentence, r.report.publishedAt);
        }
    }

    /**
     * Rule "restatement": "About 35 killed in Idlib" over "at least 34 people were killed": headlines, verbatim and
     * reported repeats, estimates and refined tolls restate the fuller telling ({@link Restatements#link}).
     */
    static final class Restated implements ReportRule {
        static final String NAME = "restatement";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "About 35 killed in Idlib / At least 34 people were killed in Idlib on Monday";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("verbatim", "reported-repeat", "toll-estimate", "refined-toll", HeadlineBreakdowns.NAME, "headline-part",
                    "coordinated-victims", AnotherIsNew.NAME, PeopleHeadline.NAME, HeadlineSum.NAME, OthersContrast.NAME,
                    NamedSettlements.NAME, "party-apart", "headline-place");
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            Restatements.link(drafts, tokens);
        }
    }

    /** Rule "published-before", over the report: a figure published before restates nothing and nothing restates it. */
    static final class PublishedApart implements ReportRule {
        static final String NAME = "published-before";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "SOHR published yesterday that 31 people were killed. ... 31 people were killed";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            PublishedBefore.keepApart(drafts);
        }
    }

    /**
     * Rule "restated-scope": "Sixteen detainees died under torture" in the headline restates "the death of 16
     * detainees under torture since the beginning of July": a restating figure takes the scope and period of the
     * fuller telling.
     */
    static final class ScopeOfTelling implements ReportRule {
        static final String NAME = RestatedScope.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Sixteen detainees died under torture ... the death of 16 detainees under torture since the beginning of July";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            RestatedScope.apply(drafts);
        }
    }

    /** Rule "hours-ago-repeat": "SOHR published hours ago that 36 fighters were killed" restates the text's own telling ({@link RecentRepeat}). */
    static final class HoursAgo implements ReportRule {
        static final String NAME = RecentRepeat.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "SOHR published hours ago that 36 fighters were killed ... the group lost 36 of its members in these clashes";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("earlier-today-repeat", "earlier-lower-toll", RecentRepeat.SAME_DAY_TOLL);
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            RecentRepeat.link(drafts, tokens);
        }
    }
}
