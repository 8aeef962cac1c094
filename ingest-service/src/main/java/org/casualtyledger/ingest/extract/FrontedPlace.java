package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "fronted-place": "Regime shelling on Ariha killed 14 people. In Daraa, gunmen killed 9 members of the regime
 * forces": a bulletin moves from one incident to the next with a place set before the sentence's first comma
 * ("In Daraa,", "Meanwhile, in the countryside of Hama,"); the figures of such a sentence tell another incident, a
 * lead of their own, neither parts nor updates of the tolls told before. A lead that gathers places ("across
 * Syria", "in several provinces") is a roundup whose places are its parts, and keeps them.
 */
final class FrontedPlace {

    static final String NAME = "fronted-place";
    private static final Set<String> LEAD_INS = WordList.of("place-lead-ins");
    private static final Set<String> ROUNDUP = WordList.of("roundup-words");
    /** How long the fronted place may be: "In the eastern countryside of Deir Ezzor,". */
    private static final int PLACE_REACH = 8;

    private FrontedPlace() {
    }

    /** The sentence opens on "in" and a named place closed by a comma, with no figure in it. */
    static boolean opens(List<Token> tokens, Sentence s) {
        int i = s.from();
        while (i < s.to() && (LEAD_INS.contains(tokens.get(i).lower()) || tokens.get(i).is(","))) {
            i++;
        }
        if (i + 2 >= s.to() || !tokens.get(i).is("in")) {
            return false;
        }
        boolean named = false;
        for (int k = i + 1; k < Math.min(s.to(), i + 1 + PLACE_REACH); k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return named;
            }
            if (t.isNumber() || NonCasualty.MONTHS.contains(t.lower()) || NonCasualty.isYear(t)) {
                return false;
            }
            named |= t.capitalized() || articledName(t);
        }
        return false;
    }

    /** "al-Hrak", "el-Mina": a name written after the Arabic article, capitalised after the hyphen. */
    static boolean articledName(Token t) {
        int hyphen = t.source().indexOf('-', t.start());
        return t.isWord() && hyphen > t.start() && hyphen + 1 < t.end() && hyphen - t.start() <= ARTICLE_LENGTH
                && Character.isUpperCase(t.source().charAt(hyphen + 1));
    }

    /** "al", "el", "ad", "as": the Arabic article before the hyphen is at most this long. */
    private static final int ARTICLE_LENGTH = 2;

    /** The lead sentence gathers places: "across the country", "in several provinces". */
    static boolean roundup(List<Token> tokens, Sentence lead) {
        for (int i = lead.from(); i < lead.to(); i++) {
            if (ROUNDUP.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
