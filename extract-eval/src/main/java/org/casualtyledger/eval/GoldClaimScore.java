package org.casualtyledger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.Claim;

/**
 * Claim-level matching of a gold file (seed-gold.json): a claim matches a gold claim when value, outcome, group
 * (or an accepted one) and scope agree, its span overlaps the gold snippet, its parent is the match of the gold
 * parent, and it restates something exactly when the gold claim is a duplicate.
 *
 * <p>{@link #layers} tells how far each gold claim gets, one condition added at a time ({@link Layer}), so one sees
 * which part of the reading fails: the figure itself, its group, its scope, its parent or its restatement mark.
 */
final class GoldClaimScore {

    /** The conditions of a match, in the order they are added; a gold claim passes a layer when some claim meets it and all before. */
    enum Layer {
        FIGURE, GROUP, SCOPE, PARENT, RESTATES;

        static final List<Layer> ALL = List.of(values());
    }

    private final String text;
    private final List<Claim> claims;
    private final Map<String, Claim> matchOfGold = new HashMap<>();
    private final Set<String> usedClaims = new HashSet<>();
    private final List<String> unmatchedGold = new ArrayList<>();
    private int matched;
    private int gold;

    GoldClaimScore(String text, List<Claim> claims) {
        this.text = text;
        this.claims = claims;
    }

    Map<String, Object> score(JsonNode goldClaims) {
        gold = 0;
        for (JsonNode g : goldClaims) {
            gold++;
            Claim match = findMatch(g);
            if (match == null) {
                unmatchedGold.add(describe(g));
            } else {
                matchOfGold.put(g.path("id").asText(), match);
                usedClaims.add(match.id());
            }
        }
        matched = usedClaims.size();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", gold);
        json.put("extracted", claims.size());
        json.put("precision", FigureScore.ratio(usedClaims.size(), claims.size()));
        json.put("recall", FigureScore.ratio(usedClaims.size(), gold));
        return json;
    }

    int matched() {
        return matched;
    }

    int gold() {
        return gold;
    }

    int extracted() {
        return claims.size();
    }

    /**
     * How many gold claims pass each layer (after {@link #score}): for each, the deepest layer some claim meets, any
     * claim, used or not; the parent layer asks for the claim matched to the gold parent.
     */
    Map<Layer, Integer> layers(JsonNode goldClaims, List<String> failures) {
        Map<Layer, Integer> passed = new java.util.EnumMap<>(Layer.class);
        Layer.ALL.forEach(l -> passed.put(l, 0));
        for (JsonNode g : goldClaims) {
            int deepest = -1;
            for (Claim c : claims) {
                deepest = Math.max(deepest, depth(c, g));
            }
            for (int l = 0; l <= deepest; l++) {
                passed.merge(Layer.ALL.get(l), 1, Integer::sum);
            }
            if (deepest + 1 < Layer.ALL.size()) {
                failures.add("fails " + Layer.ALL.get(deepest + 1).name().toLowerCase() + ": " + describe(g));
            }
        }
        return passed;
    }

    /** The index of the last layer that claim c meets for gold claim g, or -1. */
    private int depth(Claim c, JsonNode g) {
        int[] span = snippetSpan(g);
        boolean figure = c.count().value() == g.path("value").asLong()
                && c.outcome().name().equalsIgnoreCase(g.path("outcome").asText())
                && (span[0] < 0 || overlaps(c, span[0], span[1]));
        if (!figure) {
            return -1;
        }
        if (!groupAgrees(c, g)) {
            return 0;
        }
        if (!c.scope().name().equalsIgnoreCase(g.path("scope").asText("incident"))) {
            return 1;
        }
        if (!sameParent(c, g)) {
            return 2;
        }
        return (c.restates() != null) == g.hasNonNull("duplicate_of") ? 4 : 3;
    }

    private static String describe(JsonNode g) {
        return g.path("id").asText() + " " + g.path("value").asText() + " " + g.path("outcome").asText() + " "
                + g.path("group").asText() + " " + g.path("scope").asText("incident")
                + (g.hasNonNull("parent") ? " parent " + g.path("parent").asText() : "")
                + (g.hasNonNull("duplicate_of") ? " duplicate_of " + g.path("duplicate_of").asText() : "")
                + (g.path("restates_earlier").asBoolean() ? " restates_earlier" : "") + " \"" + g.path("text").asText() + "\"";
    }

    private int[] snippetSpan(JsonNode g) {
        String snippet = g.path("text").asText();
        int at = text.indexOf(snippet);
        return at < 0 ? new int[] {-1, -1} : new int[] {at, at + snippet.length()};
    }

    List<String> unmatchedGold() {
        return unmatchedGold;
    }

    List<Claim> unmatchedClaims() {
        return claims.stream().filter(c -> !usedClaims.contains(c.id())).toList();
    }

    private Claim findMatch(JsonNode g) {
        int[] span = snippetSpan(g);
        int start = span[0];
        int end = span[1];
        for (Claim c : claims) {
            if (!usedClaims.contains(c.id()) && agrees(c, g) && (start < 0 || overlaps(c, start, end)) && sameParent(c, g)
                    && (c.restates() != null) == g.hasNonNull("duplicate_of")) {
                return c;
            }
        }
        return null;
    }

    private static boolean agrees(Claim c, JsonNode g) {
        return c.count().value() == g.path("value").asLong() && c.outcome().name().equalsIgnoreCase(g.path("outcome").asText())
                && c.scope().name().equalsIgnoreCase(g.path("scope").asText("incident")) && groupAgrees(c, g);
    }

    private static boolean groupAgrees(Claim c, JsonNode g) {
        if (c.group().equalsIgnoreCase(g.path("group").asText())) {
            return true;
        }
        for (JsonNode accepted : g.path("group_accept")) {
            if (c.group().equalsIgnoreCase(accepted.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Claim c, int start, int end) {
        return c.evidence().start() < end && start < c.evidence().end();
    }

    private boolean sameParent(Claim c, JsonNode g) {
        if (!g.hasNonNull("parent")) {
            return c.parentId() == null;
        }
        Claim parentMatch = matchOfGold.get(g.path("parent").asText());
        return parentMatch != null && parentMatch.id().equals(c.parentId());
    }
}
