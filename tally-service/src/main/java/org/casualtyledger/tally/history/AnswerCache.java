package org.casualtyledger.tally.history;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recently used answers about the past, by position in the change log and question. */
final class AnswerCache {
    private final Map<String, Object> answers;

    AnswerCache(int capacity) {
        this.answers = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T get(String key) {
        return (T) answers.get(key);
    }

    synchronized void put(String key, Object answer) {
        answers.put(key, answer);
    }
}
