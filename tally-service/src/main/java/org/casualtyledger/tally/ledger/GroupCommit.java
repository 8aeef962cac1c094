package org.casualtyledger.tally.ledger;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The group-commit queue: batches that arrive while others are being written wait and are then written together,
 * in one transaction. A group starts once the groups in flight (at most {@code maxGroupsInFlight}) are down to their
 * last statements: it has gathered every batch that arrived meanwhile, and is ready at the locks when they are
 * released. If a group fails, each of its batches is tried again alone, so one bad batch fails only itself.
 */
final class GroupCommit {
    /** Up to this many claims in one group (one batch may be larger and is then a group of its own). */
    static final int MAX_GROUP_CLAIMS = 2000;

    /** Writes one group in one transaction; {@code lastStatements} runs once only its last statements remain. */
    interface GroupWriter {
        Uni<List<BatchResult>> write(List<PendingBatch> group, Runnable lastStatements);
    }

    private final ArrayDeque<PendingBatch> queue = new ArrayDeque<>();
    private final int maxGroupsInFlight;
    private final GroupWriter writer;
    private int groupsInFlight;
    /** Groups in flight that have not yet sent their last statements. */
    private int groupsEarly;

    GroupCommit(int maxGroupsInFlight, GroupWriter writer) {
        this.maxGroupsInFlight = maxGroupsInFlight;
        this.writer = writer;
    }

    /** Queues the batches together, so that they can share a group from the start, and starts writing at once. */
    void submit(List<PendingBatch> pending) {
        synchronized (queue) {
            queue.addAll(pending);
        }
        drain();
    }

    private void drain() {
        List<PendingBatch> group;
        InFlight flight = new InFlight();
        synchronized (queue) {
            if (groupsInFlight >= maxGroupsInFlight || groupsEarly > 0 || queue.isEmpty()) {
                return;
            }
            group = takeGroup();
            groupsInFlight++;
            groupsEarly++;
        }
        writer.write(group, flight::late).subscribe().with(results -> {
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result().complete(results.get(i));
            }
            finished(flight);
        }, failure -> {
            if (group.size() == 1) {
                group.get(0).result().completeExceptionally(failure);
            } else {
                // One bad batch must not fail the others: each is tried again on its own.
                for (PendingBatch p : group) {
                    writer.write(List.of(p), () -> { }).subscribe()
                            .with(r -> p.result().complete(r.get(0)), p.result()::completeExceptionally);
                }
            }
            finished(flight);
        });
    }

    private void finished(InFlight flight) {
        synchronized (queue) {
            flight.markLate();
            groupsInFlight--;
        }
        drain();
    }

    /** A group being written; late once only its last statements remain. */
    private final class InFlight {
        private boolean late;

        void late() {
            synchronized (queue) {
                markLate();
            }
            drain();
        }

        /** Called with the queue's lock held. */
        private void markLate() {
            if (!late) {
                late = true;
                groupsEarly--;
            }
        }
    }

    /** The waiting batches in arrival order, up to a size; a second batch of the same report or claim waits for the next group. */
    private List<PendingBatch> takeGroup() {
        List<PendingBatch> group = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int claims = 0;
        for (var it = queue.iterator(); it.hasNext(); ) {
            PendingBatch p = it.next();
            if (!group.isEmpty() && claims + p.entries().size() > MAX_GROUP_CLAIMS) {
                break;
            }
            List<String> own = new ArrayList<>();
            own.add("report|" + p.reportId());
            p.entries().forEach(e -> own.add(e.claim().id()));
            if (own.stream().anyMatch(ids::contains)) {
                continue;
            }
            ids.addAll(own);
            group.add(p);
            claims += p.entries().size();
            it.remove();
        }
        return group;
    }
}
