package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases (lower case, split on spaces) mapped to values, matched against tokens at a position: the
 * longest phrase wins. Two word tries (forward and backward) make a lookup one hash probe per word, with no
 * string building.
 */
final class PhraseTable<V> {

    private final Node<V> forward = new Node<>();
    private final Node<V> backward = new Node<>();

    void put(String phrase, V value) {
        String[] words = possessivesApart(phrase.trim().toLowerCase().split("\\s+"));
        Node<V> node = forward;
        for (String word : words) {
            node = node.child(word);
        }
        node.value = value;
        node = backward;
        for (int i = words.length - 1; i >= 0; i--) {
            node = node.child(words[i]);
        }
        node.value = value;
    }

    /**
     * "people's protection units": the {@link Tokenizer} reads a possessive "'s" as a token of its own, so a phrase
     * is stored the same way, or it would never match the text it is written for.
     */
    private static String[] possessivesApart(String[] words) {
        List<String> apart = new ArrayList<>(words.length + 1);
        for (String word : words) {
            if (word.length() > 2 && word.endsWith("'s")) {
                apart.add(word.substring(0, word.length() - 2));
                apart.add("'s");
            } else {
                apart.add(word);
            }
        }
        return apart.toArray(new String[0]);
    }

    /** The longest phrase starting at token {@code at}, not reaching past {@code limit}. */
    Match<V> longestAt(List<Token> tokens, int at, int limit) {
        if (at < 0) {
            return null;
        }
        Node<V> node = forward;
        Match<V> best = null;
        for (int i = at; i < limit && node != null; i++) {
            node = node.next(tokens.get(i).lower());
            if (node != null && node.value != null) {
                best = new Match<>(at, i + 1, node.value);
            }
        }
        return best;
    }

    /** The longest phrase ending just before token {@code end}, not starting before {@code floor}. */
    Match<V> longestEndingAt(List<Token> tokens, int end, int floor) {
        Node<V> node = backward;
        Match<V> best = null;
        for (int i = end - 1; i >= Math.max(0, floor) && node != null; i--) {
            node = node.next(tokens.get(i).lower());
            if (node != null && node.value != null) {
                best = new Match<>(i, end, node.value);
            }
        }
        return best;
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

    private static final class Node<V> {
        private Map<String, Node<V>> children;
        private V value;

        Node<V> child(String word) {
            if (children == null) {
                children = new HashMap<>();
            }
            return children.computeIfAbsent(word, w -> new Node<>());
        }

        Node<V> next(String word) {
            return children == null ? null : children.get(word);
        }
    }

    /** A phrase found at tokens [from, to). */
    record Match<V>(int from, int to, V value) {
    }
}
