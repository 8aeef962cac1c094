package org.casualtyledger.ingest.extract.eval;

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
 */
final class GoldClaimScore {

    private final String text;
    private final List<Claim> claims;
    private final Map<String, Claim> matchOfGold = new HashMap<>();
    private final Set<String> usedClaims = new HashSet<>();
    private final List<String> unmatchedGold = new ArrayList<>();

    GoldClaimScore(String text, List<Claim> claims) {
        this.text = text;
        this.claims = claims;
    }

    Map<String, Object> score(JsonNode goldClaims) {
        int gold = 0;
        for (JsonNode g : goldClaims) {
            gold++;
            Claim match = findMatch(g);
            if (match == null) {
                unmatchedGold.add(g.path("id").asText() + " " + g.path("value").asText() + " " + g.path("outcome").asText()
                        + " " + g.path("group").asText() + " \"" + g.path("text").asText() + "\"");
            } else {
                matchOfGold.put(g.path("id").asText(), match);
                usedClaims.add(match.id());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", gold);
        json.put("extracted", claims.size());
        json.put("precision", FigureScore.ratio(usedClaims.size(), claims.size()));
        json.put("recall", FigureScore.ratio(usedClaims.size(), gold));
        return json;
    }

    List<String> unmatchedGold() {
        return unmatchedGold;
    }

    List<Claim> unmatchedClaims() {
        return claims.stream().filter(c -> !usedClaims.contains(c.id())).toList();
    }

    private Claim findMatch(JsonNode g) {
        String snippet = g.path("text").asText();
        int at = text.indexOf(snippet);
        int start = at < 0 ? -1 : at;
        int end = at < 0 ? -1 : at + snippet.length();
        for (Claim c : claims) {
            if (!usedClaims.contains(c.id()) && agrees(c, g) && (start < 0 || overlaps(c, start, end)) && sameParent(c, g)
                    && (c.restates() != null) == g.hasNonNull("duplicate_of")) {
                return c;
            }
        }
        return null;
    }

    private static boolean agrees(Claim c, JsonNode g) {
        if (c.count().value() != g.path("value").asLong() || !c.outcome().name().equalsIgnoreCase(g.path("outcome").asText())
                || !c.scope().name().equalsIgnoreCase(g.path("scope").asText("incident"))) {
            return false;
        }
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
