package org.casualtyledger.ingest.extract;

/**
 * Rule "numbered-line-sequence": "3- 12 fighters of the factions" between lines "2- ..." and "4- ..." numbers its line,
 * while "12- 15 people were killed in the raid" opening a line alone is a range: a line number other than 1 is one
 * only where the line before or after it carries the number before or after it.
 * Rule "numbered-after-list": "3- 150 guards" right under a line marked "- " or "• " numbers its line too: the list
 * goes on, only its mark changed.
 */
final class NumberedLine {

    static final String NAME = "numbered-line-sequence";
    static final String AFTER_LIST = "numbered-after-list";
    /** Longer numbers are no line numbers ("2019- 40 people ..." is left to the other rules). */
    private static final int MAX_DIGITS = 3;

    private NumberedLine() {
    }

    /** True when the number written at [start, end) of the text, opening its line, has a neighbour in sequence. */
    static boolean inSequence(String text, int start, int end) {
        if (end - start > MAX_DIGITS) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(text.substring(start, end));
        } catch (NumberFormatException e) {
            return false;
        }
        if (n <= 1) {
            return true;
        }
        int lineEnd = text.indexOf('\n', end);
        int previousEnd = start - 1;
        while (previousEnd >= 0 && text.charAt(previousEnd) != '\n') {
            previousEnd--;
        }
        int indent = start - previousEnd - 1;
        return lineEnd >= 0 && numberedLineAfter(text, lineEnd, n + 1)
                || previousEnd > 0 && (numberedLineBefore(text, previousEnd, n - 1, indent) || markedLineBefore(text, previousEnd));
    }

    /** The first non-blank line after {@code newline} opens on "n-". */
    private static boolean numberedLineAfter(String text, int newline, int n) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return opens(text, i, n);
    }

    /** The last non-blank line before {@code newline} opens on a list mark and a space ("- 40 soldiers"). */
    private static boolean markedLineBefore(String text, int newline) {
        int i = lineStart(text, newline);
        return i + 1 < newline && ListMarks.is(text.charAt(i)) && text.charAt(i + 1) == ' ';
    }

    /**
     * The last non-blank line before {@code newline} that is not nested deeper than {@code indent} opens on "n-":
     * "2- 50 fighters" follows "1- 90 civilians, among them:" across its indented sub-lines "a- 30 children".
     */
    private static boolean numberedLineBefore(String text, int newline, int n, int indent) {
        for (int end = newline; end >= 0; ) {
            int first = lineStart(text, end);
            int lineStart = text.lastIndexOf('\n', first - 1) + 1;
            if (first - lineStart <= indent) {
                return opens(text, first, n);
            }
            end = lineStart - 1;
        }
        return false;
    }

    /** Where the text of the last non-blank line before {@code newline} starts, past its indent. */
    private static int lineStart(String text, int newline) {
        int i = newline;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && text.charAt(i) != '\n') {
            i--;
        }
        i++;
        while (i < newline && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean opens(String text, int at, int n) {
        String mark = n + "-";
        return text.startsWith(mark, at);
    }
}
