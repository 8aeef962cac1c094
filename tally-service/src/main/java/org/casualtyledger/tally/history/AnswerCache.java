package org.casualtyledger.tally.history;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The most recently used answers by key (a ledger's version or position, and the question). A question asked while
 * its answer is being computed waits for that computation instead of starting another: four readers asking a tally
 * nobody has asked since the last change share one computation, and none of them pays four at once.
 */
final class AnswerCache {
    private final Map<String, Object> answers;
    private final Map<String, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();

    AnswerCache(int capacity) {
        this.answers = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer remembered under {@code key}, else the one being computed for it, else a new computation by
     * {@code compute}, remembered once it succeeds. The computation runs to its end even when the reader that started it
     * goes away, since others may wait for it.
     */
    @SuppressWarnings("unchecked")
    <T> Uni<T> answer(String key, Supplier<Uni<? extends T>> compute) {
        T known = get(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            return Uni.createFrom().completionStage(() -> (CompletableFuture<T>) running);
        }
        // Remembered between the look above and taking the computation on.
        known = get(key);
        if (known != null) {
            computing.remove(key, mine);
            mine.complete(known);
            return Uni.createFrom().item(known);
        }
        Uni.createFrom().deferred(compute).subscribe().with(answer -> {
            put(key, answer);
            computing.remove(key, mine);
            mine.complete(answer);
        }, failure -> {
            computing.remove(key, mine);
            mine.completeExceptionally(failure);
        });
        return Uni.createFrom().completionStage(() -> (CompletableFuture<T>) mine);
    }

    /** Whether an answer is remembered under {@code key}, or being computed for it. */
    boolean has(String key) {
        return computing.containsKey(key) || get(key) != null;
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T get(String key) {
        return (T) answers.get(key);
    }

    private synchronized void put(String key, Object answer) {
        answers.put(key, answer);
    }
}
