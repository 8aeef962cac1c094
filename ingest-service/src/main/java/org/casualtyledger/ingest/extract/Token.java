package org.casualtyledger.ingest.extract;

/**
 * One word, number or punctuation mark of a report, with its half-open character span in the text. The text as
 * written is cut from the report only on demand.
 */
record Token(String source, String lower, int start, int end, Kind kind) {

    String text() {
        return source.substring(start, end);
    }

    /** True when the token is written exactly so ("IS", not "is"). */
    boolean written(String spelling) {
        return spelling.length() == end - start && source.startsWith(spelling, start);
    }

    enum Kind { WORD, NUMBER, PUNCT }

    boolean is(String word) {
        return lower.equals(word);
    }

    /** "a", "an": the article that introduces one person or thing not told before. */
    boolean isIndefiniteArticle() {
        return lower.equals("a") || lower.equals("an");
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** "IS", "US": a word of two or more letters written in capitals names something; it is no auxiliary or pronoun. */
    boolean acronym() {
        if (kind != Kind.WORD || end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(source.charAt(start));
    }

    /** Only spaces or tabs stand between the start of its line and the token. */
    boolean opensLine() {
        int i = start - 1;
        while (i >= 0 && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || source.charAt(i) == '\n';
    }
}
