package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule "campaign-so-far": "the security campaign resulted so far in the arrest of 219 persons", "the offensive has
 * killed 230 fighters to date": the results of a campaign, an operation or an offensive counted "so far" gather the
 * many events of its days, so they are a running total. "So far" on the toll of one event ("the explosion has so far
 * killed 20") updates that event's toll and stays an incident figure.
 */
final class CampaignTotal {

    static final String NAME = "campaign-so-far";
    private static final Set<String> CAMPAIGNS = WordList.of("campaign-nouns");
    private static final Set<String> UP_TO_NOW = WordList.of("up-to-now");
    /** The first words of those phrases: two words are joined only after the first matched (the check runs per figure). */
    private static final Set<String> FIRST_WORDS = UP_TO_NOW.stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

    private CampaignTotal() {
    }

    /**
     * "so far", "to date", "thus far", "until now" in the figure's clause [from, to), and a campaign named before the
     * figure as what led to it; "750 were killed so far in the bombing campaign" leaves the figure to the other rules.
     */
    static boolean cued(Draft d, List<Token> tokens, int from, int to) {
        return namesCampaign(tokens, from, d.quantity.from()) && upToNow(tokens, from, to);
    }

    private static boolean upToNow(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (FIRST_WORDS.contains(tokens.get(i).lower())
                    && UP_TO_NOW.contains(tokens.get(i).lower() + " " + tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesCampaign(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CAMPAIGNS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
