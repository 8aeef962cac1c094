package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "feast-period": "during Ramadan", "during the holy month of Ramadan", "throughout Eid al-Adha", "during the first
 * two days of Eid al-Fitr", "during the Eid holiday", "during the winter", "during the truffle season": a feast or a
 * season is a stretch of the calendar like a month, and a figure counted over it gathers its incidents. A feast starts on its day of that year ({@code feasts.tsv}), the last
 * one up to publication; a season's start is not read.
 */
final class FeastPeriod {

    static final String NAME = "feast-period";
    private static final Set<String> SKIPS = WordList.of("feast-skips");
    private static final Set<String> SEASONS = WordList.of("seasons");
    /** "during the truffle season", "during the harvest season": a season named by what it is the season of. */
    private static final Set<String> SEASON_NOUNS = Set.of("season");
    private static final Set<String> ORDINALS = Set.of("first", "last", "final");
    private static final Set<String> DAYS = Set.of("days", "weeks", "nights");
    private static final Set<String> NUMBER_WORDS = WordList.of("number-words");
    private static final List<Feast> FEASTS = feasts();
    /** The words that may follow a season's name, ending its phrase: "during the winter in the camps". */
    private static final Set<String> SEASON_ENDS = WordList.of("season-ends");
    /** How many words may stand between "during" and the feast: "during the first two days of the holy month of". */
    private static final int REACH = 9;

    /** A feast's name and its first days, in order. */
    private record Feast(String[] words, List<LocalDate> firstDays) {
        /** The last first day up to {@code day}, or null. */
        LocalDate lastStartBy(LocalDate day) {
            LocalDate last = null;
            for (LocalDate d : firstDays) {
                if (!d.isAfter(day)) {
                    last = d;
                }
            }
            return last;
        }
    }

    private FeastPeriod() {
    }

    /** A feast or season named right after "during" or "throughout" at {@code at}; its words end at {@code to}. */
    static boolean named(List<Token> tokens, int at, int to) {
        return nameAt(tokens, at, to) >= 0;
    }

    /** The first day of the feast named after "during" or "throughout" in [from, to), or null. */
    static LocalDate start(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).is("during") && !tokens.get(i).is("throughout")) {
                continue;
            }
            int name = nameAt(tokens, i + 1, to);
            if (name >= 0) {
                return firstDay(tokens, name, to, publishedAt);
            }
        }
        return null;
    }

    /** Where the feast's or season's name starts after the words that lead to it, or -1. */
    private static int nameAt(List<Token> tokens, int at, int to) {
        int i = at;
        int end = Math.min(to, at + REACH);
        if (i + 1 < end && tokens.get(i).is("the") && ORDINALS.contains(tokens.get(i + 1).lower())) {
            i += 2;
            if (i < end && (tokens.get(i).isNumber() || NUMBER_WORDS.contains(tokens.get(i).lower()))) {
                i++;
            }
            if (i + 1 >= end || !DAYS.contains(tokens.get(i).lower()) || !tokens.get(i + 1).is("of")) {
                return -1;
            }
            i += 2;
        }
        while (i < end && SKIPS.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        String w = tokens.get(i).lower();
        if (SEASONS.contains(w) || i + 1 < to && SEASON_NOUNS.contains(tokens.get(i + 1).lower())) {
            int nameEnd = SEASONS.contains(w) ? i + 1 : i + 2;
            return closes(tokens, nameEnd, to) ? i : -1;
        }
        for (Feast f : FEASTS) {
            if (matches(tokens, i, to, f.words) && tokens.get(i).capitalized() && closes(tokens, i + f.words.length, to)) {
                return i;
            }
        }
        return -1;
    }

    /** "during the winter, 40 people died", not "during the winter storm", "during Ramadan prayers": the name ends its phrase. */
    private static boolean closes(List<Token> tokens, int at, int to) {
        return at >= to || !tokens.get(at).isWord() || !Character.isLowerCase(tokens.get(at).text().charAt(0))
                || SEASON_ENDS.contains(tokens.get(at).lower());
    }

    private static boolean matches(List<Token> tokens, int at, int to, String[] words) {
        if (at + words.length > to) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The last first day up to publication of the longest feast name at {@code at}; null for a season. */
    private static LocalDate firstDay(List<Token> tokens, int at, int to, LocalDate publishedAt) {
        int longest = 0;
        LocalDate day = null;
        for (Feast f : FEASTS) {
            LocalDate start = f.words.length > longest && matches(tokens, at, to, f.words) ? f.lastStartBy(publishedAt) : null;
            if (start != null) {
                day = start;
                longest = f.words.length;
            }
        }
        return day;
    }

    private static List<Feast> feasts() {
        Map<String, List<LocalDate>> days = new LinkedHashMap<>();
        for (String[] row : DataFile.rows("feasts.tsv")) {
            days.computeIfAbsent(row[0], name -> new ArrayList<>()).add(LocalDate.parse(row[1]));
        }
        List<Feast> feasts = new ArrayList<>();
        days.forEach((name, firstDays) -> feasts.add(new Feast(name.split(" "), firstDays.stream().sorted().toList())));
        return List.copyOf(feasts);
    }
}
