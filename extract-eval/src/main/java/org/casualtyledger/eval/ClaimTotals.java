package org.casualtyledger.eval;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Claim-level counts summed over all gold files of one run: precision and recall are counted over all claims together. */
final class ClaimTotals {

    private int files;
    private int gold;
    private int extracted;
    private int matched;
    private final Map<GoldClaimScore.Layer, Integer> passed = new EnumMap<>(GoldClaimScore.Layer.class);

    void add(GoldClaimScore score, Map<GoldClaimScore.Layer, Integer> layers) {
        files++;
        gold += score.gold();
        extracted += score.extracted();
        matched += score.matched();
        layers.forEach((layer, n) -> passed.merge(layer, n, Integer::sum));
    }

    int files() {
        return files;
    }

    Map<String, Object> toJson(boolean withLayers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", files);
        json.put("gold", gold);
        json.put("extracted", extracted);
        json.put("matched", matched);
        json.put("precision", FigureScore.ratio(matched, extracted));
        json.put("recall", FigureScore.ratio(matched, gold));
        if (withLayers) {
            json.put("layers", layerRates(passed, gold));
        }
        return json;
    }

    /** The share of gold claims that pass each layer, named in lower case: figure, group, scope, parent, restates. */
    static Map<String, Object> layerRates(Map<GoldClaimScore.Layer, Integer> passed, int gold) {
        Map<String, Object> rates = new LinkedHashMap<>();
        for (GoldClaimScore.Layer layer : GoldClaimScore.Layer.ALL) {
            rates.put(layer.name().toLowerCase(), FigureScore.ratio(passed.getOrDefault(layer, 0), gold));
        }
        return rates;
    }
}
