package org.casualtyledger.tally.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;

/**
 * Generates realistic synthetic claim batches (as JSON) for the benchmark: five years of daily reports from many
 * sources with skewed sizes; skewed groups, outcomes and places; incidents reported by several sources with
 * slightly different figures; running totals that mostly rise and sometimes fall; breakdowns and restated headlines.
 * Plain JDK only, so the bench script runs it from the test classes without a classpath.
 */
public final class SyntheticLedger {
    static final String[] GROUPS = {"CIVILIANS", "ISIS", "SYRIAN_REGIME", "SDF", "PEOPLE", "TURKISH_BACKED_FACTIONS",
            "HTS", "FIGHTERS", "INTERNATIONAL_COALITION", "RUSSIAN_FORCES", "ASAYISH", "DETAINEES"};
    static final String[] OUTCOMES = {"KILLED", "INJURED", "CAPTURED", "DISPLACED", "EXECUTED", "MISSING", "SURRENDERED"};
    static final double[] OUTCOME_WEIGHTS = {55, 20, 10, 5, 4, 3, 3};
    static final String[] PROVINCES = {"Idlib", "Aleppo", "Deir ez-Zor", "Hama", "Damascus Countryside", "Daraa", "Homs",
            "Al-Hasakah", "Raqqa", "Latakia", "Quneitra", "Tartus", "As-Suwayda", "Damascus"};
    static final double[][] CENTRES = {{35.93, 36.63}, {36.20, 37.16}, {35.33, 40.14}, {35.13, 36.75}, {33.51, 36.60},
            {32.62, 36.10}, {34.73, 36.71}, {36.50, 40.74}, {35.95, 39.01}, {35.52, 35.79}, {33.13, 35.82},
            {34.89, 35.89}, {32.71, 36.57}, {33.51, 36.29}};
    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final int DAYS = 5 * 365;

    private final Random random;
    private final String[] sources;
    private final double[] sourceWeights;
    private final double[] groupWeights;
    private final double[] provinceWeights;
    private final List<String[]> towns = new ArrayList<>();
    private final double[] townWeights;
    private final Deque<Incident> recent = new ArrayDeque<>();
    private final Map<String, long[]> runningTotals = new HashMap<>();
    private long claimSeq;
    private long reportSeq;
    private long revisedClaimSeq;

    public SyntheticLedger(long seed, int sourceCount, String idPrefix) {
        this.random = new Random(seed);
        this.sources = new String[sourceCount];
        this.sourceWeights = zipf(sourceCount, 1.1);
        for (int i = 0; i < sourceCount; i++) {
            sources[i] = i == 0 ? "SOHR" : "MONITOR_" + i;
        }
        this.groupWeights = zipf(GROUPS.length, 1.0);
        this.provinceWeights = zipf(PROVINCES.length, 0.9);
        for (int p = 0; p < PROVINCES.length; p++) {
            int count = 4 + (PROVINCES.length - p) * 2;
            for (int t = 0; t < count; t++) {
                double lat = CENTRES[p][0] + (random.nextDouble() - 0.5) * 0.8;
                double lon = CENTRES[p][1] + (random.nextDouble() - 0.5) * 0.8;
                towns.add(new String[] {"Town " + PROVINCES[p].charAt(0) + p + "-" + t, PROVINCES[p],
                        String.format(Locale.ROOT, "%.4f", lat), String.format(Locale.ROOT, "%.4f", lon)});
            }
        }
        this.townWeights = zipf(towns.size(), 1.0);
        this.idPrefix = idPrefix;
    }

    private final String idPrefix;

    /** One report's claim batch, published on the given day, with about {@code claims} claims. */
    public Batch nextBatch(LocalDate published, int claims) {
        String source = sources[pick(sourceWeights)];
        String reportId = "r-" + idPrefix + hex(++reportSeq, 24 - idPrefix.length());
        List<Spec> specs = new ArrayList<>(claims);
        int offset = 0;
        List<Spec> incidents = new ArrayList<>();
        while (specs.size() < claims) {
            double kind = random.nextDouble();
            Spec spec;
            if (kind < 0.22) {
                spec = cumulative(reportId, source, published, offset);
            } else if (kind < 0.30 && !incidents.isEmpty()) {
                spec = breakdown(reportId, offset, incidents.get(random.nextInt(incidents.size())));
            } else if (kind < 0.33 && !incidents.isEmpty()) {
                spec = restated(reportId, offset, incidents.get(random.nextInt(incidents.size())));
            } else {
                spec = incident(reportId, published, offset);
                incidents.add(spec);
            }
            specs.add(spec);
            offset += 120;
        }
        return new Batch(reportSeq, reportId, source, published, specs);
    }

    /**
     * A new revision of a report, as ingest's outbox sends it when a monitor updates a bulletin: the same report id,
     * the whole new claim set. Most claims come back unchanged (same id, same content: they change nothing); about one
     * in six has a new figure, one in twelve is gone (never one another claim of the report names), and one to three
     * new incident figures appear at new spans. Uses its own random numbers, so the reports generated after it are
     * the same with or without revisions.
     */
    public Batch revise(Batch previous, Random revisions, long batchId) {
        Set<String> named = new HashSet<>();
        for (Spec s : previous.claims()) {
            if (s.parentId() != null) {
                named.add(s.parentId());
            }
            if (s.restates() != null) {
                named.add(s.restates());
            }
        }
        List<Spec> next = new ArrayList<>();
        Spec template = null;
        int lastOffset = 0;
        for (Spec s : previous.claims()) {
            lastOffset = Math.max(lastOffset, s.offset());
            double fate = revisions.nextDouble();
            if (fate < 1.0 / 12 && !named.contains(s.id())) {
                continue;
            }
            Spec kept = fate < 1.0 / 12 + 1.0 / 6 ? s.withValue(s.value() + 1 + revisions.nextInt(5)) : s;
            if (kept.scope().equals("INCIDENT") && kept.parentId() == null && kept.restates() == null) {
                template = kept;
            }
            next.add(kept);
        }
        int added = template == null ? 0 : 1 + revisions.nextInt(3);
        for (int i = 0; i < added; i++) {
            lastOffset += 120;
            String id = "c-" + idPrefix + "v" + hex(++revisedClaimSeq, 23 - idPrefix.length());
            next.add(new Spec(id, previous.reportId(), Math.max(1, template.value() + revisions.nextInt(7) - 3), "EXACT",
                    template.outcome(), template.group(), null, template.location(), "INCIDENT", template.start(),
                    template.end(), null, null, lastOffset, null));
        }
        return new Batch(batchId, previous.reportId(), previous.source(), previous.published(), next);
    }

    /** One report's claim batch: its report and its claims; {@link #json()} is the body of POST /claims/batch. */
    public record Batch(long batchId, String reportId, String source, LocalDate published, List<Spec> claims) {
        public String json() {
            StringBuilder json = new StringBuilder(claims.size() * 700);
            json.append("{\"batchId\":").append(batchId).append(",\"report\":{\"id\":\"").append(reportId)
                    .append("\",\"source\":\"").append(source).append("\",\"url\":\"https://example.org/").append(reportId)
                    .append("\",\"title\":\"Daily bulletin\",\"publishedAt\":\"").append(published).append("\"},\"claims\":[");
            for (int i = 0; i < claims.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(claims.get(i).json());
            }
            return json.append("]}").toString();
        }

        public int size() {
            return claims.size();
        }
    }

    /** One claim as generated; {@code sentence} null: the default wording of its figure. */
    public record Spec(String id, String reportId, long value, String qualifier, String outcome, String group,
                       String subgroup, String location, String scope, String start, String end, String parentId,
                       String restates, int offset, String sentence) {
        Spec withValue(long newValue) {
            String said = sentence == null ? null : sentence.replaceFirst("^(\\D*)" + value, "$1" + newValue);
            return new Spec(id, reportId, newValue, qualifier, outcome, group, subgroup, location, scope, start, end, parentId,
                    restates, offset, said);
        }

        String json() {
            String said = sentence != null ? sentence : value + " " + group.toLowerCase(Locale.ROOT) + " were "
                    + outcome.toLowerCase(Locale.ROOT);
            return claimJson(id, reportId, value, qualifier, outcome, group, subgroup, location, scope, start, end, parentId,
                    restates, offset, said);
        }
    }

    private Spec incident(String reportId, LocalDate published, int offset) {
        Incident incident;
        if (!recent.isEmpty() && random.nextDouble() < 0.35) {
            incident = ((ArrayDeque<Incident>) recent).stream().skip(random.nextInt(recent.size())).findFirst().orElseThrow();
        } else {
            incident = newIncident(published);
        }
        long value = Math.max(1, incident.value + (random.nextInt(5) == 0 ? random.nextInt(5) - 1 : 0));
        String qualifier = random.nextInt(4) == 0 ? "AT_LEAST" : random.nextInt(6) == 0 ? "ABOUT" : "EXACT";
        String location = incident.town == null ? "null" : incident.placeJson;
        String date = incident.date.toString();
        return new Spec(claimId(), reportId, value, qualifier, incident.outcome, incident.group, null, location, "INCIDENT",
                date, date, null, null, offset, value + " " + incident.group.toLowerCase(Locale.ROOT) + " were "
                        + incident.outcome.toLowerCase(Locale.ROOT) + " in " + (incident.town == null ? "the area" : incident.town));
    }

    private Incident newIncident(LocalDate published) {
        Incident incident = new Incident();
        incident.group = GROUPS[pick(groupWeights)];
        incident.outcome = OUTCOMES[pick(OUTCOME_WEIGHTS)];
        incident.date = published.minusDays(random.nextInt(3));
        incident.value = 1 + (long) Math.floor(Math.exp(random.nextDouble() * 4.5));
        double where = random.nextDouble();
        if (where < 0.03) {
            incident.town = null;
        } else if (where < 0.13) {
            int p = pick(provinceWeights);
            incident.town = PROVINCES[p];
            incident.placeJson = placeJson(PROVINCES[p] + " countryside", PROVINCES[p], PROVINCES[p], CENTRES[p][0] + "", CENTRES[p][1] + "");
        } else {
            String[] town = towns.get(pick(townWeights));
            incident.town = town[0];
            incident.placeJson = placeJson(town[0], town[0], town[1], town[2], town[3]);
        }
        recent.addLast(incident);
        if (recent.size() > 60) {
            recent.removeFirst();
        }
        return incident;
    }

    private Spec cumulative(String reportId, String source, LocalDate published, int offset) {
        String group = GROUPS[pick(groupWeights)];
        String outcome = OUTCOMES[pick(OUTCOME_WEIGHTS)];
        String since = published.getYear() + "-01-01";
        long[] total = runningTotals.computeIfAbsent(source + "|" + group + "|" + outcome + "|" + since, k -> new long[] {0});
        if (random.nextInt(100) == 0 && total[0] > 10) {
            total[0] -= 1 + random.nextInt((int) Math.min(50, total[0] / 10 + 1));
        } else {
            total[0] += random.nextInt(30);
        }
        return new Spec(claimId(), reportId, total[0], "EXACT", outcome, group, null, "null", "CUMULATIVE", since,
                published.toString(), null, null, offset, "it rose to " + total[0] + " the number of " + group.toLowerCase(Locale.ROOT));
    }

    private Spec breakdown(String reportId, int offset, Spec parent) {
        long value = Math.max(1, parent.value() / (2 + random.nextInt(3)));
        return new Spec(claimId(), reportId, value, "EXACT", parent.outcome(), parent.group(),
                random.nextBoolean() ? "CHILDREN" : "WOMEN", "null", "INCIDENT", parent.start(), parent.start(), parent.id(),
                null, offset, "including " + value + " children");
    }

    private Spec restated(String reportId, int offset, Spec original) {
        return new Spec(claimId(), reportId, original.value(), "EXACT", original.outcome(), original.group(), null, "null",
                "INCIDENT", original.start(), original.start(), null, original.id(), offset,
                "as published hours ago, " + original.value() + " were " + original.outcome().toLowerCase(Locale.ROOT));
    }

    private static String claimJson(String id, String reportId, long value, String qualifier, String outcome, String group,
                                    String subgroup, String location, String scope, String start, String end,
                                    String parentId, String restates, int offset, String sentence) {
        long low = value;
        long best = value;
        String high = String.valueOf(value);
        if (qualifier.equals("AT_LEAST")) {
            high = "null";
        } else if (qualifier.equals("ABOUT")) {
            low = (long) Math.floor(value * 0.9);
            high = String.valueOf((long) Math.ceil(value * 1.1));
        }
        return "{\"id\":\"" + id + "\",\"reportId\":\"" + reportId + "\",\"count\":{\"value\":" + value + ",\"upper\":null,\"qualifier\":\""
                + qualifier + "\",\"low\":" + low + ",\"best\":" + best + ",\"high\":" + high + "},\"outcome\":\"" + outcome
                + "\",\"group\":\"" + group + "\",\"groupAsWritten\":\"" + group.toLowerCase(Locale.ROOT) + "\",\"subgroup\":"
                + quote(subgroup) + ",\"perpetrator\":null,\"location\":" + location + ",\"scope\":\"" + scope
                + "\",\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end + "\",\"parentId\":" + quote(parentId)
                + ",\"restates\":" + quote(restates) + ",\"evidence\":{\"sentence\":\"" + sentence + "\",\"start\":" + offset
                + ",\"end\":" + (offset + sentence.length()) + "},\"flags\":[],\"rule\":\"synthetic\"}";
    }

    private static String placeJson(String asWritten, String name, String province, String lat, String lon) {
        return "{\"asWritten\":\"" + asWritten + "\",\"name\":\"" + name + "\",\"province\":\"" + province
                + "\",\"country\":\"SY\",\"latitude\":" + lat + ",\"longitude\":" + lon + "}";
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private String claimId() {
        return "c-" + idPrefix + hex(++claimSeq, 24 - idPrefix.length());
    }

    private static String hex(long n, int width) {
        String h = Long.toHexString(n);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double[] zipf(int n, double s) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / Math.pow(i + 1, s);
        }
        return w;
    }

    private static final class Incident {
        String group;
        String outcome;
        LocalDate date;
        long value;
        String town;
        String placeJson;
    }
}
