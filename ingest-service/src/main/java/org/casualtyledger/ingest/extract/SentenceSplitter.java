package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a token stream into sentences at final punctuation and at line breaks. */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = WordList.of("abbreviations");
    private static final int HEADLINE_MAX_CHARS = 300;
    private static final int HEADLINE_ZONE_CHARS = 600;
    /**
     * A sentence is cut after this many tokens, so that the rules that look back over a sentence or across its figures
     * cost at most a bounded amount per token. Real bulletin sentences stay far below it (the longest in the evaluation
     * texts has 384 tokens); only text without full stops or line breaks (a run-on list, a pasted table) reaches it.
     */
    static final int MAX_SENTENCE_TOKENS = 1_000;

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        boolean topLines = true;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            boolean lineBreak = !last && newlineBetween(text, tokens.get(i), tokens.get(i + 1));
            boolean full = i + 1 - from >= MAX_SENTENCE_TOKENS;
            if (last || lineBreak || full || endsSentence(tokens, i)) {
                boolean headline = lineBreak && topLines && !tokens.get(i).isPunct() && isHeadlineCandidate(tokens, from, i);
                topLines = headline;
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
