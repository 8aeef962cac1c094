package org.casualtyledger.ingest.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The marks that open a bulleted list line ("• 250 civilians", "· 40 soldiers", "◦ 12 of them officers"), one a line
 * in {@code words/list-marks.txt}: the structure's paragraphs and its list lines read the same marks.
 */
final class ListMarks {

    private static final Set<Character> MARKS = marks();

    private ListMarks() {
    }

    static boolean is(char c) {
        return MARKS.contains(c);
    }

    private static Set<Character> marks() {
        Set<Character> marks = new HashSet<>();
        for (String mark : WordList.of("list-marks")) {
            if (mark.length() != 1) {
                throw new IllegalStateException("list mark '" + mark + "' is not one character");
            }
            marks.add(mark.charAt(0));
        }
        return Set.copyOf(marks);
    }
}
