package org.casualtyledger.ingest.extract;

/**
 * Rule "lettered-line": the mark that opens a list line, read the same way by the paragraphs, the list lines and the
 * figures (which must not count it): a bullet of {@link ListMarks} ("• 250 civilians", also written tight to its
 * figure: "-250 civilians", or doubled: "-- 250 civilians", "** 250 civilians"), a line number of one or two digits ("2. 40 soldiers", "2) ...", "2- ..."), or a letter
 * ("b. 40 soldiers", "B) ...", "b- ..."); a number or a letter is followed by a blank.
 */
final class ListLineMark {

    static final String NAME = "lettered-line";
    private static final int MAX_DIGITS = 2;
    /** A bullet written up to three times over ("--", "**", "***") is one mark. */
    private static final int MAX_REPEATS = 3;

    private ListLineMark() {
    }

    /**
     * The offset just past the mark that opens a line at {@code first} (its first character that is not blank), or
     * -1 when no mark opens it there.
     */
    static int end(String text, int first) {
        int n = text.length();
        if (first >= n) {
            return -1;
        }
        char c = text.charAt(first);
        if (ListMarks.is(c)) {
            int past = first + 1;
            while (past < n && text.charAt(past) == c && past - first < MAX_REPEATS) {
                past++;
            }
            return past < n && (Character.isWhitespace(text.charAt(past)) || Character.isDigit(text.charAt(past))) ? past : -1;
        }
        int i = first;
        if (Character.isLetter(c)) {
            i++;
        } else {
            while (i < n && Character.isDigit(text.charAt(i)) && i - first < MAX_DIGITS) {
                i++;
            }
        }
        if (i == first || i >= n || !closesMark(text.charAt(i))) {
            return -1;
        }
        i++;
        return i < n && Character.isWhitespace(text.charAt(i)) ? i : -1;
    }

    /** A letter's mark: "b." "b)" or "b-", one letter and its closing character. */
    static boolean lettered(String text, int first) {
        return first < text.length() && Character.isLetter(text.charAt(first)) && end(text, first) == first + 2;
    }

    private static boolean closesMark(char c) {
        return c == '.' || c == ')' || c == '-';
    }
}
