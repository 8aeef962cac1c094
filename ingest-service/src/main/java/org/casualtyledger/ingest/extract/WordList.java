package org.casualtyledger.ingest.extract;

import java.util.Collections;
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
        // A hash set, not Set.copyOf: the rules ask mostly for words a list lacks, and an immutable set's open
        // addressing probes several slots for each of those where a hash set looks at one bucket.
        return Collections.unmodifiableSet(words);
    }
}
