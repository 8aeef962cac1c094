package org.casualtyledger.ingest.extract;

import java.util.HashSet;
import java.util.Set;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;

/** The word lists of the extractor, loaded once from the data files under {@code extract/en/}. */
final class Lexicon {

    final PhraseTable<OutcomeTerm> outcomes = new PhraseTable<>();
    final PhraseTable<Qualifier> preQualifiers = new PhraseTable<>();
    final PhraseTable<Qualifier> postQualifiers = new PhraseTable<>();
    final PhraseTable<VagueAmount> vagueAmounts = new PhraseTable<>();
    final PhraseTable<PersonNoun> personNouns = new PhraseTable<>();
    final PhraseTable<GroupAlias> groups = new PhraseTable<>();
    final Set<String> nonCasualtyNouns = new HashSet<>();
    final Set<String> nationalities = new HashSet<>();
    /** Modifiers naming an armed movement ("Taliban", "insurgent") and, wider, any armed words ("militia", "cell"). */
    final Set<String> armedMovements = new HashSet<>();
    final Set<String> armedWords = new HashSet<>();
    /** Nouns naming an armed body ("forces", "militia", "army") with the group its members belong to. */
    final java.util.Map<String, String> armedBodies = new java.util.HashMap<>();
    /** The verbs of "hacked to death", "beaten to death" (outcomes.tsv), which may also wrap their object. */
    final Set<String> toDeathVerbs = new HashSet<>();
    /** "along with", "as well as": words that join one more counted group to a figure before it ({@link AccompanyingFigure}). */
    final PhraseTable<Boolean> accompanying = new PhraseTable<>();
    /** "as follows", "distributed": words that announce a list breaking down the figure before them ({@link AnnouncedList}). */
    final PhraseTable<Boolean> listAnnouncers = new PhraseTable<>();

    static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        for (String[] row : DataFile.rows("outcomes.tsv")) {
            lexicon.outcomes.put(row[0], new OutcomeTerm(Outcome.valueOf(row[1]), OutcomeTerm.Role.valueOf(row[2])));
            String[] words = row[0].trim().split("\\s+");
            if (words.length == 3 && words[1].equals("to") && words[2].equals("death") && "VERB".equals(row[2])) {
                lexicon.toDeathVerbs.add(words[0]);
            }
        }
        for (String[] row : DataFile.rows("qualifiers.tsv")) {
            PhraseTable<Qualifier> table = "POST".equals(row[2]) ? lexicon.postQualifiers : lexicon.preQualifiers;
            table.put(row[0], Qualifier.valueOf(row[1]));
        }
        for (String[] row : DataFile.rows("vague.tsv")) {
            lexicon.vagueAmounts.put(row[0], new VagueAmount(Long.parseLong(row[1]), "-".equals(row[2]) ? null : Long.valueOf(row[2])));
        }
        for (String[] row : DataFile.rows("people.tsv")) {
            lexicon.personNouns.put(row[0], new PersonNoun(dash(row[1]), dash(row[2]), "PL".equals(row[3])));
        }
        for (String[] row : DataFile.rows("groups.tsv")) {
            boolean exact = "EXACT".equals(row[3]);
            lexicon.groups.put(row[0], new GroupAlias(row[1], "COREF".equals(row[2]), exact ? row[0] : null,
                    SyrianPartyName.KIND.equals(row[2])));
        }
        for (String[] row : DataFile.rows("non-casualty.txt")) {
            lexicon.nonCasualtyNouns.add(row[0].trim());
        }
        for (String[] row : DataFile.rows("armed-words.tsv")) {
            if ("BODY".equals(row[1])) {
                lexicon.armedBodies.put(row[0], row[2]);
                continue;
            }
            lexicon.armedWords.add(row[0]);
            if ("MOVEMENT".equals(row[1])) {
                lexicon.armedMovements.add(row[0]);
            }
        }
        for (String[] row : DataFile.rows("nationalities.txt")) {
            lexicon.nationalities.add(row[0].trim());
        }
        for (String[] row : DataFile.rows("accompanying.txt")) {
            lexicon.accompanying.put(row[0], Boolean.TRUE);
        }
        for (String[] row : DataFile.rows("list-announcers.txt")) {
            lexicon.listAnnouncers.put(row[0], Boolean.TRUE);
        }
        return lexicon;
    }

    private static String dash(String value) {
        return "-".equals(value) ? null : value;
    }
}
