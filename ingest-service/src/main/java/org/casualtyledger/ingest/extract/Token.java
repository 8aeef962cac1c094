package org.casualtyledger.ingest.extract;

/** One word, number or punctuation mark of a report, with its half-open character span in the text. */
record Token(String text, String lower, int start, int end, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean is(String word) {
        return lower.equals(word);
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

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
