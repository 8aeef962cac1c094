package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a token stream into sentences at final punctuation and at line breaks. */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt",
            "sgt", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
            "u.s", "u.n", "u.k", "gov", "rep", "sen", "prof", "brig", "cpl", "pvt", "adm", "cmdr", "lieut");
    private static final int HEADLINE_MAX_CHARS = 300;
    private static final int HEADLINE_ZONE_CHARS = 600;

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            boolean lineBreak = !last && newlineBetween(text, tokens.get(i), tokens.get(i + 1));
            if (last || lineBreak || endsSentence(tokens, i)) {
                boolean topLines = sentences.stream().allMatch(Sentence::headline);
                boolean headline = lineBreak && topLines && !tokens.get(i).isPunct() && isHeadlineCandidate(tokens, from, i);
                sentences.add(new Sentence(sentences.size(), from, i + 1, tokens.get(from).start(), tokens.get(i).end(),
                        headline));
                from = i + 1;
            }
        }
        return sentences;
    }

    private static boolean isHeadlineCandidate(List<Token> tokens, int from, int to) {
        return tokens.get(from).start() < HEADLINE_ZONE_CHARS
                && tokens.get(to).end() - tokens.get(from).start() < HEADLINE_MAX_CHARS;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isPunct() || !(t.is(".") || t.is("!") || t.is("?"))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.start() == t.end()) {
            return false;
        }
        boolean nextStarts = next.capitalized() || next.isNumber() || next.is("\"") || next.is("(");
        if (!nextStarts || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return !(prev.isWord() && (ABBREVIATIONS.contains(prev.lower()) || prev.text().length() == 1));
    }

    private static boolean newlineBetween(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
