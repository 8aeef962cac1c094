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

    /** The gazetteer names in tokens [from, to), to be passed to {@link #nearest}. */
    List<PhraseTable.Match<Entry>> find(List<Token> tokens, int from, int to) {
        return names.findAll(tokens, from, to);
    }

    /** The named place of the sentence nearest to token {@code at}; towns before governorates; rivers never. */
    Place nearest(List<PhraseTable.Match<Entry>> found, List<Token> tokens, int from, int to, int at, String text) {
        PhraseTable.Match<Entry> best = null;
        for (int k = firstFrom(found, at - Clauses.REACH); k < found.size() && found.get(k).from() <= at + Clauses.REACH; k++) {
            PhraseTable.Match<Entry> m = found.get(k);
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
        return unknownPlace(tokens, from, to, at, text);
    }

    private static int firstFrom(List<PhraseTable.Match<Entry>> found, int token) {
        int low = 0;
        int high = found.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (found.get(mid).from() < token) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int rank(PhraseTable.Match<Entry> m, int at) {
        int distance = Math.abs(m.from() - at);
        return m.value().kind().equals("GOVERNORATE") ? distance + 10_000 : distance;
    }

    /** "in the town of Miriki", "in Karu": a capitalised name after "in" that the gazetteer does not know. */
    private static Place unknownPlace(List<Token> tokens, int from, int to, int at, String text) {
        for (int i = Math.max(from, at - Clauses.REACH); i + 1 < Math.min(to, at + Clauses.REACH); i++) {
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

    record Entry(String name, String kind, String province, double latitude, double longitude) {
    }
}
