package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;

/**
 * Reads every casualty figure of a report as a {@link Claim}: number, qualifier, outcome, group, breakdown, running
 * total and period, place, evidence span, and the rule that made it. Deterministic and thread-safe; the data files
 * under {@code extract/en/} are loaded once by {@link #standard()}.
 */
public final class ClaimExtractor {

    /** Texts beyond this many characters are read up to it: a bulletin is far shorter, and the work stays bounded. */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    final Lexicon lexicon;
    final NumberReader numbers;
    final NounPhraseReader phrases;
    final OutcomeFinder outcomes;
    final Gazetteer gazetteer;
    final CoordinatedObject coordinatedObjects;

    private ClaimExtractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon, new NumberWords());
        this.phrases = new NounPhraseReader(lexicon);
        this.outcomes = new OutcomeFinder(lexicon);
        this.gazetteer = gazetteer;
        this.coordinatedObjects = new CoordinatedObject(lexicon);
    }

    public static ClaimExtractor standard() {
        return Standard.INSTANCE;
    }

    public List<Claim> extract(String reportId, String text, LocalDate publishedAt) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        return new ReportReading(this, reportId, bounded, publishedAt).claims();
    }

    private static final class Standard {
        static final ClaimExtractor INSTANCE = new ClaimExtractor(Lexicon.load(), Gazetteer.load());
    }
}
