package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * "Fri 3 May 40 Fighters Killed in Raid. Soldiers killed about 40 more fighters ...": a title run into the text
 * without a line break still reads as a title when its outcome word is capitalized inside the sentence, at the top
 * of the report. Its figure restates an equal figure of the body, even one of "more" or "other" people, which a
 * repeat in the body never restates (see {@link Restatements}).
 */
final class TitleHeadline {

    static final String RULE_PREFIX = "title-";
    /** A title stands at the top of a report, after at most a dateline and a byline. */
    private static final int TITLE_ZONE_CHARS = 400;

    private TitleHeadline() {
    }

    static void mark(List<Draft> inSentence, List<Token> tokens, Sentence s) {
        for (Draft d : inSentence) {
            if (!s.headline() && writtenAsTitle(d, tokens, s)) {
                d.titled = true;
                if (!d.rule.startsWith("one-victim") && !"companion".equals(d.rule)) {
                    d.rule = RULE_PREFIX + d.rule;
                }
            }
        }
    }

    private static boolean writtenAsTitle(Draft d, List<Token> tokens, Sentence s) {
        if (d.outcomeFrom <= s.from() || tokens.get(d.outcomeFrom).start() >= TITLE_ZONE_CHARS) {
            return false;
        }
        Token before = tokens.get(d.outcomeFrom - 1);
        return tokens.get(d.outcomeFrom).capitalized() && !before.is("\"") && !before.is(":") && !before.is(".");
    }
}
