package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Place;

/**
 * Syrian governorates, towns and villages with their governorate and coordinates (gazetteer-sy.tsv, after GeoNames).
 * Resolves the place nearest to a figure in its sentence; a place the gazetteer lacks keeps its name as written.
 */
final class Gazetteer {

    private final PhraseTable<Entry> names = new PhraseTable<>();

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        for (String[] row : DataFile.rows("gazetteer-sy.tsv")) {
            String[] spellings = row[0].split("\\|");
            Entry entry = new Entry(spellings[0], row[1], row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]));
            for (String spelling : spellings) {
                gazetteer.names.put(Tokenizer.fold(spelling), entry);
            }
        }
        return gazetteer;
    }

    /** The named place of the sentence nearest to token {@code at}; towns before governorates; rivers never. */
    Place nearest(List<Token> tokens, int from, int to, int at, String text) {
        PhraseTable.Match<Entry> best = null;
        for (PhraseTable.Match<Entry> m : names.findAll(tokens, from, to)) {
            if (m.value().kind().equals("RIVER")) {
                continue;
            }
            if (best == null || rank(m, at) < rank(best, at)) {
                best = m;
            }
        }
        if (best != null) {
            Entry e = best.value();
            String asWritten = text.substring(tokens.get(best.from()).start(), tokens.get(best.to() - 1).end());
            return new Place(asWritten, e.name(), e.province(), "SY", e.latitude(), e.longitude());
        }
        return unknownPlace(tokens, from, to, text);
    }

    private static int rank(PhraseTable.Match<Entry> m, int at) {
        int distance = Math.abs(m.from() - at);
        return m.value().kind().equals("GOVERNORATE") ? distance + 10_000 : distance;
    }

    /** "in the town of Miriki", "in Karu": a capitalised name after "in" that the gazetteer does not know. */
    private static Place unknownPlace(List<Token> tokens, int from, int to, String text) {
        for (int i = from; i + 1 < to; i++) {
            if (!tokens.get(i).is("in")) {
                continue;
            }
            int k = i + 1;
            if (k + 2 < to && tokens.get(k).is("the") && (tokens.get(k + 1).is("town") || tokens.get(k + 1).is("village")
                    || tokens.get(k + 1).is("city")) && tokens.get(k + 2).is("of")) {
                k += 3;
            }
            if (k < to && tokens.get(k).capitalized() && !NonCasualty.MONTHS.contains(tokens.get(k).lower())) {
                int end = k + 1;
                while (end < to && tokens.get(end).capitalized()) {
                    end++;
                }
                return Place.unresolved(text.substring(tokens.get(k).start(), tokens.get(end - 1).end()));
            }
        }
        return null;
    }

    private record Entry(String name, String kind, String province, double latitude, double longitude) {
    }
}
