package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "bullet-breakdown": a bulleted, numbered or lettered list (a mark of {@link ListLineMark}: "•", "-", "*", "·"
 * and others; "1.", "1)" or "1-"; "a.", "a)" or "a-", at the start of a line) under an introducing sentence breaks
 * down the total that sentence tells: "the death of 412 people, distributed as follows: / • 250 civilians / • 162
 * fighters". The first figure of each line is a part of that total, and a line indented deeper than the line before
 * it is a part of that line's figure. An introducing sentence with no figure of its own
 * ("Among the soldiers, the monitor counted:") opens on the latest figure whose written group shares a word with it.
 * Read once per report, sentence by sentence, in order.
 */
final class BulletList {

    /** How many figures back an introducing sentence without a figure looks for the total it names. */
    private static final int NAMED_TOTAL_REACH = 12;
    private static final Set<String> FUNCTION_WORDS = WordList.of("function-words");

    private final String text;
    private final List<Token> tokens;
    private Draft total;
    /** The introduction of the list being read when it tells no total but names a period ({@link IntroducedPeriod}). */
    private Sentence periodIntro;
    /** The introduction of the list being read when it tells no total ({@link IntroducedOutcome}). */
    private Sentence bareIntro;
    private final List<int[]> lineIndents = new ArrayList<>();
    private final List<Draft> lineFigures = new ArrayList<>();
    /** The figure of a list line that ends with a colon, and the kind of its mark ({@link #LINE_OPENS_LIST}). */
    private Draft lineListOwner;
    private String lineListMark;

    BulletList(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /**
     * The indentation of the list line this sentence opens (characters before its marker), or -1 when the sentence
     * opens no bulleted, numbered or lettered line. A numbered line's "1." may stand as a sentence of its own before it.
     */
    int indent(Sentence s) {
        int lineStart = lineStart(s.start());
        if (lineStart < 0) {
            return -1;
        }
        int first = lineStart;
        while (first < s.start() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return ListLineMark.end(text, first) >= 0 ? first - lineStart : -1;
    }

    /**
     * True when the figure is the mark of a numbered or lettered line ("2. 40 soldiers", "2- 40 soldiers", "a. 40
     * soldiers"), which counts nobody.
     */
    boolean numberedMark(Sentence s, Quantity q) {
        if (q.from() != s.from() || indent(s) < 0 || tokens.get(q.from()).start() != s.start()) {
            return false;
        }
        if (q.article()) {
            return ListLineMark.lettered(text, s.start());
        }
        return q.to() < s.to() + 1 && (q.to() >= s.to() || tokens.get(q.to()).is(".") || tokens.get(q.to()).is(")")
                || NumberReader.itemNumber(tokens, q));
    }

    /** The figure the first figure of this sentence's line breaks down, or null when the sentence is no list line. */
    Draft parentOf(Sentence s) {
        int indent = indent(s);
        if (indent < 0) {
            return null;
        }
        // the nearest line above indented less is this line's parent; lines as deep or deeper are its siblings' parts
        for (int k = lineIndents.size() - 1; k >= 0; k--) {
            if (lineIndents.get(k)[0] < indent) {
                return lineFigures.get(k) != null ? lineFigures.get(k) : total;
            }
        }
        return lineListOwner != null && !mark(s).equals(lineListMark) ? lineListOwner : total;
    }

    /** The introduction of the current list when it tells no figure and no total, else null. */
    Sentence bareIntro(Sentence line) {
        return indent(line) >= 0 ? bareIntro : null;
    }

    /** The introduction of the current list when it names a period and tells no total, else null. */
    Sentence periodIntro(Sentence line) {
        return indent(line) >= 0 ? periodIntro : null;
    }

    /** Records a read sentence: a list line for nesting, or any other sentence as the introduction of a list to come. */
    void read(Sentence s, List<Draft> inSentence, List<Draft> earlier) {
        int indent = indent(s);
        if (indent >= 0) {
            if (!onlyMark(s)) {
                lineIndents.add(new int[] {indent});
                lineFigures.add(inSentence.isEmpty() ? null : inSentence.get(0));
                if (lineListOwner != null && mark(s).equals(lineListMark)) {
                    lineListOwner = null;
                }
                if (opensList(s) && !inSentence.isEmpty()) {
                    lineListOwner = inSentence.get(0);
                    lineListMark = mark(s);
                }
            }
            return;
        }
        if (!lineIndents.isEmpty() && opensList(s) && continuesLine(s)) {
            // Rule "line-sub-list": "1- 3,473 civilians, including 1,021 children. Of the civilians: / - 1,497 ...
            // / 2- 2,652 soldiers": a list opened at the end of a list line nests under that line, and the lines
            // after its own go on with the outer list
            Draft named = inSentence.isEmpty() ? namedTotal(s, earlier) : largestTopLevel(inSentence);
            if (named != null) {
                lineFigures.set(lineFigures.size() - 1, named);
            }
            return;
        }
        lineIndents.clear();
        lineFigures.clear();
        lineListOwner = null;
        total = namedTollLast(inSentence);
        if (total == null) {
            total = largestTopLevel(inSentence);
        }
        if (total == null && opensList(s)) {
            total = namedTotal(s, earlier);
        }
        bareIntro = total == null && inSentence.isEmpty() && opensList(s) ? s : null;
        periodIntro = bareIntro != null && IntroducedPeriod.names(tokens, s) ? s : null;
    }

    /** "1." read as a sentence of its own before its line's text. */
    private boolean onlyMark(Sentence s) {
        return s.to() - s.from() == 2 && tokens.get(s.from()).isNumber()
                && (tokens.get(s.from() + 1).is(".") || tokens.get(s.from() + 1).is(")") || tokens.get(s.from() + 1).is("-"));
    }

    private boolean opensList(Sentence s) {
        return tokens.get(s.to() - 1).is(":");
    }

    /**
     * The total a list breaks down: the largest figure of the sentence that breaks down no other figure of it ("The
     * civilian toll was 120, ..., distributed as follows:" opens on the 120, which is itself a part of a total told
     * before); of several outcomes, the largest toll of the dead ("... the displacement of more than 600,000 people,
     * while the number of people killed has risen to 2,841, they are:"), which is what a monitor's lists break down.
     */
    private static Draft largestTopLevel(List<Draft> drafts) {
        Draft best = null;
        for (Draft d : drafts) {
            if ((d.parent == null || d.parent.sentence != d.sentence) && (best == null || ranksAbove(d, best))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * Rule "toll-list": "the death of 1,037 people, and the civilian toll amounted to 412, they are distributed as
     * follows:": a group's toll told last, as a part of the total before it, is what the list right after breaks down.
     */
    private static Draft namedTollLast(List<Draft> inSentence) {
        Draft last = inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1);
        return last != null && last.rule != null && last.rule.startsWith(TollParts.NAME) && last.parent != null ? last : null;
    }

    private static boolean ranksAbove(Draft d, Draft best) {
        boolean dead = d.outcome == Outcome.KILLED;
        return dead != (best.outcome == Outcome.KILLED) ? dead : d.value() > best.value();
    }

    /**
     * "Among the civilians, the monitor documented:": the latest figure whose written group shares a word with the
     * sentence. Rule "toll-list": "The toll is distributed as follows:" names the dead, so the latest toll of the dead
     * before it is the total its lines break down.
     */
    private Draft namedTotal(Sentence s, List<Draft> earlier) {
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).isWord() && !FUNCTION_WORDS.contains(tokens.get(i).lower())) {
                words.add(tokens.get(i).lower());
                stems.add(stem(tokens.get(i).lower()));
            }
        }
        Draft rest = restTotal(s, words, earlier);
        if (rest != null) {
            return rest;
        }
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - NAMED_TOTAL_REACH); k--) {
            Draft d = earlier.get(k);
            if (d.groupAsWritten == null || d.restates != null) {
                continue;
            }
            if (words.contains("toll") && d.parent == null && d.outcome == Outcome.KILLED) {
                return d;
            }
            if (d.parent == null && VictimsList.names(words, d.outcome)) {
                return d;
            }
            for (String w : Tokenizer.fold(d.groupAsWritten).split("[^\\p{L}]+")) {
                if (!w.isEmpty() && (words.contains(w) || !FUNCTION_WORDS.contains(w) && stems.contains(stem(w)))) {
                    return d;
                }
            }
        }
        return latestTotal(s, earlier);
    }

    private static final Set<String> REST_WORDS = WordList.of("rest-words");

    /**
     * Rule "rest-list": "The civilians among them numbered 1,088. The breakdown of the rest is as follows:": the rest
     * is what remains of the total whose part was told last, so the lines break that total down, not the part: the
     * largest top-level toll of the latest figure's outcome in the sentences right before.
     */
    private Draft restTotal(Sentence s, Set<String> words, List<Draft> earlier) {
        boolean rest = false;
        for (String w : REST_WORDS) {
            rest |= words.contains(w);
        }
        Draft latest = rest && !earlier.isEmpty() ? earlier.get(earlier.size() - 1) : null;
        Draft best = null;
        for (int k = earlier.size() - 1; latest != null && k >= Math.max(0, earlier.size() - NAMED_TOTAL_REACH); k--) {
            Draft d = earlier.get(k);
            if (s.index() - d.sentence.index() > UNNAMED_TOTAL_SENTENCES + 1 || d.sentence.headline()) {
                break;
            }
            if (d.parent == null && d.restates == null && d.outcome == latest.outcome && (best == null || d.value() > best.value())) {
                best = d;
            }
        }
        return best;
    }

    /** How many sentences back an introduction that names nothing looks for its total. */
    private static final int UNNAMED_TOTAL_SENTENCES = 2;

    /**
     * "The breakdown of the rest is as follows:", "They are distributed as follows:": an introduction that names
     * neither a figure nor a group breaks down the latest top-level total of the sentences right before it.
     */
    private Draft latestTotal(Sentence s, List<Draft> earlier) {
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - NAMED_TOTAL_REACH); k--) {
            Draft d = earlier.get(k);
            if (s.index() - d.sentence.index() > UNNAMED_TOTAL_SENTENCES || d.sentence.headline()) {
                return null;
            }
            if (d.parent == null && d.restates == null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Rule "named-total-stem": "The civilian victims are distributed as follows:", "Civilian deaths:" name the latest
     * figure of "civilians": a word of the introduction names the figure's group also in another number or as an
     * adjective of the same stem.
     */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    static final String LINE_SUB_LIST = "line-sub-list";

    /**
     * Rule "line-opens-list": "3- 150 fighters, including: / - 100 fighters of the factions / - 50 members of ISIS /
     * 4- ...": a list line that ends with a colon opens a list of its own; the lines after it with another kind of
     * mark are parts of its figure, until a line with its own kind of mark goes on with the outer list.
     */
    static final String LINE_OPENS_LIST = "line-opens-list";

    /** The kind of mark that opens the sentence's line: a number, a letter, or the bullet itself. */
    private String mark(Sentence s) {
        int lineStart = lineStart(s.start());
        int first = Math.max(0, lineStart);
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        char c = first < text.length() ? text.charAt(first) : ' ';
        return Character.isDigit(c) ? "number" : Character.isLetter(c) ? "letter" : String.valueOf(c);
    }

    /** The sentence stands on a list line after its first sentence: its line opens with a list mark before it. */
    private boolean continuesLine(Sentence s) {
        int i = s.start() - 1;
        while (i >= 0 && text.charAt(i) != '\n') {
            i--;
        }
        int first = i + 1;
        while (first < s.start() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first < s.start() && ListLineMark.end(text, first) >= 0;
    }

    /** The start of the line when only blanks, a bullet or a line number ("2.") stand before the offset on it, else -1. */
    private int lineStart(int offset) {
        int i = offset - 1;
        int marks = 0;
        while (i >= 0 && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ++marks > 3) {
                return -1;
            }
            if (!Character.isWhitespace(c) && !Character.isDigit(c) && c != '.' && c != ')' && !ListMarks.is(c)) {
                return -1;
            }
            i--;
        }
        return i + 1;
    }
}
