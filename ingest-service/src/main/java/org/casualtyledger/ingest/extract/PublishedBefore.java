package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;

/**
 * Rule "published-before": "The monitor published yesterday that 31 people were killed", "had reported earlier that
 * ...": the figures the report says it published before are kept as claims, flagged {@link ClaimFlag#PUBLISHED_BEFORE}
 * so that no tally counts them again; they break down no figure of this report and no figure of it restates them.
 * "published hours ago" repeats a figure of the same day's report, and is left to the restatement rules.
 */
final class PublishedBefore {

    private static final Set<String> REPORTING = WordList.of("published-before-reporting");
    private static final Set<String> BEFORE = WordList.of("before");
    private static final Set<String> RECENTLY = WordList.of("recently");
    private static final Set<String> TODAY = WordList.of("today");
    /** The reporting verbs and the words of an earlier publication ({@link EarlierPublication}): one look-up a token. */
    private static final Set<String> CUE_WORDS = union(union(REPORTING, EarlierPublication.cueWords()), WordList.of("counted-before"));
    /** "The monitor had documented on Friday the death of 118 people": a count told before, in the past perfect. */
    private static final Set<String> COUNTED_BEFORE = WordList.of("counted-before");
    /** How far after the reporting verb its time word may stand: "had published on its website yesterday". */
    private static final int CUE_REACH = 5;

    private PublishedBefore() {
    }

    /** Flags the figures of a sentence that follow its "published yesterday" cue. */
    static void mark(List<Draft> inSentence, List<Token> tokens, Sentence s, java.time.LocalDate publishedAt) {
        int cue = cue(tokens, s, publishedAt);
        if (cue < 0) {
            return;
        }
        int ownNews = ownNews(tokens, cue, s.to());
        for (Draft d : inSentence) {
            if (d.quantity.from() > cue && d.quantity.from() < ownNews && !toldToday(tokens, cue, d.quantity.from())) {
                d.flags.add(ClaimFlag.PUBLISHED_BEFORE);
                if (d.parent != null && d.parent.quantity.from() < cue) {
                    d.parent = null;
                }
            }
        }
    }

    /** After the restatement and breakdown rules: a figure published before restates nothing, breaks down no figure of this report, and nothing restates it. */
    static void keepApart(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                d.restates = null;
                if (d.parent != null && !d.parent.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                    d.parent = null;
                }
            } else if (d.restates != null && d.restates.flags.contains(ClaimFlag.PUBLISHED_BEFORE)) {
                d.restates = null;
            }
        }
    }

    private static int cue(List<Token> tokens, Sentence s, java.time.LocalDate publishedAt) {
        for (int i = s.from(); i < s.to(); i++) {
            String word = tokens.get(i).lower();
            if (!CUE_WORDS.contains(word)) {
                continue;
            }
            if (COUNTED_BEFORE.contains(word)) {
                if (i > s.from() && tokens.get(i - 1).is("had") && !toldHoursAgo(tokens, i, s)) {
                    return i;
                }
                continue;
            }
            if (!REPORTING.contains(word)) {
                if (EarlierPublication.calledEarlier(tokens, i, s)) {
                    return i;
                }
                continue;
            }
            if (i > s.from() && tokens.get(i - 1).is("had") && !toldHoursAgo(tokens, i, s)) {
                return i;
            }
            for (int k = i + 1; k < Math.min(s.to(), i + CUE_REACH); k++) {
                String w = tokens.get(k).lower();
                if (RECENTLY.contains(w) || w.equals("that")) {
                    break;
                }
                if (BEFORE.contains(w) && !today(tokens, k, s)) {
                    return i;
                }
            }
            if (FrontedPublication.before(tokens, i, s)) {
                return i;
            }
            if (EarlierPublication.datedBefore(tokens, i, s, publishedAt)) {
                return i;
            }
        }
        return -1;
    }

    /** "had published hours ago that ...": the same day's telling, left to the restatement rules. */
    private static boolean toldHoursAgo(List<Token> tokens, int verb, Sentence s) {
        for (int k = verb + 1; k < Math.min(s.to(), verb + CUE_REACH); k++) {
            if (tokens.get(k).is("that")) {
                return false;
            }
            if (RECENTLY.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "published yesterday that 5 were killed, and today the toll rose to 7": a clause of this day after the earlier
     * publication tells the report's own news.
     */
    private static boolean toldToday(List<Token> tokens, int cue, int figure) {
        for (int k = cue + 1; k < figure; k++) {
            if (NOW.contains(tokens.get(k).lower()) && (tokens.get(k - 1).is(",") || tokens.get(k - 1).is("and"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NOW = Set.of("today", "now", "currently");

    /**
     * Rule "own-news-clause": "published yesterday that 156 people were killed, and the monitor learned from its
     * sources that raiders abducted 30 women": a clause after ", and" or ", while" whose verb is the monitor's own
     * learning or documenting tells this report's news, not what was published before. Where it starts, or the
     * sentence's end.
     */
    private static int ownNews(List<Token> tokens, int cue, int to) {
        for (int i = cue + 1; i + 1 < to; i++) {
            if (!(tokens.get(i).is(",") || tokens.get(i).is(";")) || !NEXT_CLAUSE.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            for (int k = i + 2; k < Math.min(to, i + 2 + OWN_NEWS_REACH); k++) {
                if (OWN_NEWS_VERBS.contains(tokens.get(k).lower())) {
                    return i;
                }
                if (tokens.get(k).isNumber() || tokens.get(k).is(",")) {
                    break;
                }
            }
        }
        return to;
    }

    static final String OWN_NEWS_CLAUSE = "own-news-clause";
    private static final Set<String> OWN_NEWS_VERBS = WordList.of("own-news-verbs");
    private static final Set<String> NEXT_CLAUSE = Set.of("and", "while", "whereas");
    /** How far after ", and" the verb of the monitor's own news may stand: ", and the Syrian Observatory learned". */
    private static final int OWN_NEWS_REACH = 8;

    /** "earlier today": a time word of this very day, as recent as "hours ago". */
    static boolean today(List<Token> tokens, int k, Sentence s) {
        return k + 1 < s.to() && TODAY.contains(tokens.get(k + 1).lower());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
