package org.casualtyledger.ingest.extract;

import java.util.HashSet;
import java.util.Set;

/** A word list of the rules, one word or sign per line in {@code extract/<language>/words/<name>.txt}. */
final class WordList {

    private WordList() {
    }

    static Set<String> of(String name) {
        Set<String> words = new HashSet<>();
        for (String[] row : DataFile.rows("words/" + name + ".txt")) {
            if (!words.add(row[0])) {
                throw new IllegalStateException("word list " + name + " names '" + row[0] + "' twice");
            }
        }
        return Set.copyOf(words);
    }
}
