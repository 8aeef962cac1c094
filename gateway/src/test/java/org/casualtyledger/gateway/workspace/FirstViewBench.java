package org.casualtyledger.gateway.workspace;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A benchmark, not a test: the workspace's first view loaded again and again in headless Chromium, against one
 * gateway or several (an older build beside the current one, both in front of the same backends), in interleaved
 * rounds so that the machine's drift falls on all of them alike. Each round loads the first view twice per gateway:
 * while the ledger has not changed since the last load, then right after a change (a short report posted through that
 * gateway and its claim delivered), when the tallies are computed again. Prints every round, then per gateway and case
 * p50 and max of the first view and of navigation to ready, and per API call the first view made p50 and max of its
 * duration.
 * <pre>
 * FirstViewBench &lt;apiKey&gt; &lt;rounds&gt; &lt;warmupRounds&gt; &lt;artifactsDir&gt; &lt;label=gatewayUrl&gt;...
 * </pre>
 * {@code scripts/bench-workspace.sh} starts the stack, loads the claims and runs it.
 */
public final class FirstViewBench {
    private FirstViewBench() {
    }

    public static void main(String[] args) throws Exception {
        String key = args[0];
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        Path artifacts = Path.of(args[3]);
        Map<String, WorkspaceCheck> browsers = new LinkedHashMap<>();
        Map<String, URI> gateways = new LinkedHashMap<>();
        Map<String, List<WorkspaceCheck.FirstView>> views = new LinkedHashMap<>();
        Map<String, List<WorkspaceCheck.FirstView>> afterChange = new LinkedHashMap<>();
        LedgerChange change = new LedgerChange(key);
        try {
            for (int i = 4; i < args.length; i++) {
                String label = args[i].substring(0, args[i].indexOf('='));
                URI url = URI.create(args[i].substring(label.length() + 1));
                browsers.put(label, WorkspaceCheck.open(url, key, artifacts.resolve(label)));
                gateways.put(label, url);
                views.put(label, new ArrayList<>());
                afterChange.put(label, new ArrayList<>());
            }
            for (int round = -warmup; round < rounds; round++) {
                for (var b : browsers.entrySet()) {
                    measure(b.getKey(), round, "", b.getValue(), views);
                    // The ledger changed (a report stored and its claim delivered): the remembered tallies are gone.
                    change.make(gateways.get(b.getKey()));
                    measure(b.getKey(), round, " after a change", b.getValue(), afterChange);
                }
            }
            System.out.println();
            for (var b : browsers.entrySet()) {
                b.getValue().keepScreenshot("first-view");
                summary(b.getKey(), views.get(b.getKey()));
                summary(b.getKey() + " after a change", afterChange.get(b.getKey()));
            }
        } finally {
            browsers.values().forEach(WorkspaceCheck::close);
        }
    }

    private static void measure(String label, int round, String when, WorkspaceCheck browser, Map<String, List<WorkspaceCheck.FirstView>> into) {
        WorkspaceCheck.FirstView view = browser.firstView();
        if (round >= 0) {
            into.get(label).add(view);
        }
        System.out.printf(Locale.ROOT, "%-8s %s%s first view %5d ms, ready %5d ms after navigation; %s%n",
                label, round < 0 ? "warm-up" : "round " + (round + 1), when, view.viewMillis(), view.readyMillis(),
                String.join(", ", view.calls().stream().map(c -> String.format(Locale.ROOT, "%s %.0f ms",
                        shortPath(c.path()), c.millis())).toList()));
    }

    private static void summary(String label, List<WorkspaceCheck.FirstView> runs) {
        List<Double> view = runs.stream().map(v -> (double) v.viewMillis()).toList();
        List<Double> ready = runs.stream().map(v -> (double) v.readyMillis()).toList();
        System.out.printf(Locale.ROOT, "%-24s first view p50 %5.0f ms, max %5.0f ms; navigation to ready p50 %5.0f ms, max %5.0f ms (%d rounds)%n",
                label, p50(view), max(view), p50(ready), max(ready), runs.size());
        Map<String, List<Double>> byCall = new TreeMap<>();
        runs.forEach(v -> v.calls().forEach(c -> byCall.computeIfAbsent(c.path(), p -> new ArrayList<>()).add(c.millis())));
        byCall.forEach((path, ms) -> System.out.printf(Locale.ROOT, "%-24s   %-90s p50 %5.0f ms, max %5.0f ms (%d calls)%n",
                label, path, p50(ms), max(ms), ms.size()));
        System.out.printf(Locale.ROOT, "%-24s   %d API calls per first view%n", label,
                runs.isEmpty() ? 0 : runs.get(runs.size() - 1).calls().size());
    }

    private static String shortPath(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q) + "?" + path.substring(q + 1).replaceAll("(size|page)=\\d+&?", "").replaceAll("&$", "");
    }

    private static double p50(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
