package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases (lower case, split on spaces) mapped to values, matched against tokens at a position:
 * the longest phrase wins. Lookup is one hash probe per candidate length.
 */
final class PhraseTable<V> {

    private final Map<String, V> phrases = new HashMap<>();
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();
    private final Map<String, Integer> longestByLastWord = new HashMap<>();

    void put(String phrase, V value) {
        String[] words = phrase.trim().toLowerCase().split("\\s+");
        phrases.put(String.join(" ", words), value);
        longestByFirstWord.merge(words[0], words.length, Math::max);
        longestByLastWord.merge(words[words.length - 1], words.length, Math::max);
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The longest phrase starting at token {@code at}, not reaching past {@code limit}. */
    Match<V> longestAt(List<Token> tokens, int at, int limit) {
        if (at < 0 || at >= limit) {
            return null;
        }
        Integer longest = longestByFirstWord.get(tokens.get(at).lower());
        if (longest == null) {
            return null;
        }
        for (int len = Math.min(longest, limit - at); len >= 1; len--) {
            V value = phrases.get(join(tokens, at, at + len));
            if (value != null) {
                return new Match<>(at, at + len, value);
            }
        }
        return null;
    }

    /** The longest phrase ending just before token {@code end}, not starting before {@code floor}. */
    Match<V> longestEndingAt(List<Token> tokens, int end, int floor) {
        if (end - 1 < floor || end - 1 < 0) {
            return null;
        }
        Integer longest = longestByLastWord.get(tokens.get(end - 1).lower());
        if (longest == null) {
            return null;
        }
        for (int len = Math.min(longest, end - floor); len >= 1; len--) {
            V value = phrases.get(join(tokens, end - len, end));
            if (value != null) {
                return new Match<>(end - len, end, value);
            }
        }
        return null;
    }

    /** Every non-overlapping longest match in [from, to), left to right. */
    List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(tokens, i, to);
            if (m != null) {
                found.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return found;
    }

    private static String join(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).lower();
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).lower());
        }
        return b.toString();
    }

    /** A phrase found at tokens [from, to). */
    record Match<V>(int from, int to, V value) {
    }
}
