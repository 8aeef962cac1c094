package org.casualtyledger.tally.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The deliveries of a synthetic ledger in the order they reach the tally service: every report once, in
 * publication order, and a share of them ({@code revisedShare}, 10 % in the benchmark) again, as a new revision
 * posted 1–30 days later (see {@link SyntheticLedger#revise}). Keeps a 1 % sample of the claims that stand at the
 * end (never one a later revision dropped), for analysts' corrections. Plain JDK only.
 */
public final class SyntheticFeed {
    /** One batch as delivered, on a day; {@code previous} is the revision it replaces (null for a first delivery). */
    public record Delivery(SyntheticLedger.Batch batch, LocalDate postedOn, SyntheticLedger.Batch previous,
                           SyntheticLedger.Batch revisedBy) {
        public boolean isRevision() {
            return previous != null;
        }
    }

    private static final long REVISION_BATCH_IDS = 1_000_000_000L;
    private static final int CORRECTED_PER_MILLE = 10;

    private final SyntheticLedger ledger;
    private final Random sizes;
    private final Random revisions;
    private final long target;
    private final int perBatch;
    private final double revisedShare;
    private final double batchesPerDay;
    private final PriorityQueue<Delivery> due = new PriorityQueue<>((a, b) -> a.postedOn().compareTo(b.postedOn()) != 0
            ? a.postedOn().compareTo(b.postedOn()) : Long.compare(a.batch().batchId(), b.batch().batchId()));
    private final Map<String, SyntheticLedger.Spec> toCorrect = new LinkedHashMap<>();
    private long generated;
    private long batches;
    private long revisionSeq;

    public SyntheticFeed(long seed, String idPrefix, long target, int perBatch, double revisedShare) {
        this.ledger = new SyntheticLedger(seed, 40, idPrefix);
        this.sizes = new Random(seed + 1);
        this.revisions = new Random(seed + 2);
        this.target = target;
        this.perBatch = perBatch;
        this.revisedShare = revisedShare;
        double meanBatch = Math.max(1, perBatch / 2) + (perBatch - 1) / 2.0;
        this.batchesPerDay = Math.max(1.0, target / meanBatch / SyntheticLedger.DAYS);
    }

    /** The next delivery, or null when every report and revision has been delivered. */
    public Delivery next() {
        LocalDate day = generated < target
                ? SyntheticLedger.START.plusDays(Math.min(SyntheticLedger.DAYS - 1, (long) (batches / batchesPerDay))) : null;
        if (!due.isEmpty() && (day == null || !due.peek().postedOn().isAfter(day))) {
            Delivery revision = due.poll();
            SyntheticLedger.Batch revised = revision.batch();
            revision.previous().claims().forEach(c -> toCorrect.remove(c.id()));
            revised.claims().forEach(this::maybeCorrected);
            return revision;
        }
        if (day == null) {
            return null;
        }
        int size = (int) Math.min(target - generated, Math.max(1, perBatch / 2 + sizes.nextInt(perBatch)));
        SyntheticLedger.Batch batch = ledger.nextBatch(day, size);
        batches++;
        generated += batch.size();
        SyntheticLedger.Batch revised = null;
        if (revisions.nextDouble() < revisedShare) {
            revised = ledger.revise(batch, revisions, REVISION_BATCH_IDS + ++revisionSeq);
            due.add(new Delivery(revised, day.plusDays(1 + revisions.nextInt(30)), batch, null));
        }
        batch.claims().forEach(this::maybeCorrected);
        return new Delivery(batch, day, null, revised);
    }

    private void maybeCorrected(SyntheticLedger.Spec claim) {
        if (Math.floorMod(claim.id().hashCode() * 31 + 7, 1000) < CORRECTED_PER_MILLE) {
            toCorrect.put(claim.id(), claim);
        }
    }

    /** The sampled claims that stand once everything has been delivered (1 %), in the order they were delivered. */
    public List<SyntheticLedger.Spec> claimsToCorrect() {
        return new ArrayList<>(toCorrect.values());
    }

    /** The claims of {@code after} that are new or changed against {@code before}, and those of {@code before} it no longer has. */
    public static Map<String, List<SyntheticLedger.Spec>> diff(SyntheticLedger.Batch before, SyntheticLedger.Batch after) {
        Map<String, SyntheticLedger.Spec> old = new HashMap<>();
        before.claims().forEach(c -> old.put(c.id(), c));
        List<SyntheticLedger.Spec> created = new ArrayList<>();
        List<SyntheticLedger.Spec> updated = new ArrayList<>();
        for (SyntheticLedger.Spec c : after.claims()) {
            SyntheticLedger.Spec was = old.remove(c.id());
            if (was == null) {
                created.add(c);
            } else if (!was.equals(c)) {
                updated.add(c);
            }
        }
        Map<String, List<SyntheticLedger.Spec>> diff = new LinkedHashMap<>();
        diff.put("CREATED", created);
        diff.put("UPDATED", updated);
        diff.put("SUPERSEDED", new ArrayList<>(old.values()));
        return diff;
    }
}
