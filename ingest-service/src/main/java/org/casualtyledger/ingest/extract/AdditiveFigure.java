package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "One other suspect was detained", "an additional insurgent", "several more were killed", "another three people",
 * "two civilians were also killed", "Another was wounded": the words say that these people come on top of those
 * already counted, so the figure never restates an earlier one.
 */
final class AdditiveFigure {

    private static final Set<String> ADDITIVE_MODIFIERS = WordList.of("additive-modifiers");
    /** How far before its outcome verb "also" may stand: "were also killed", "also detained". */
    private static final int ALSO_REACH = 3;

    private AdditiveFigure() {
    }

    static boolean adds(Draft d, List<Token> tokens) {
        int from = d.quantity.from();
        if (from > d.sentence.from() && (tokens.get(from - 1).is("another") || tokens.get(from - 1).is("further"))) {
            return true;
        }
        if (anotherPerson(d, tokens) || AnotherOpening.tells(d, tokens)) {
            return true;
        }
        int phraseEnd = Math.max(d.phrase.to(), d.quantity.to());
        for (int i = d.quantity.to(); i < phraseEnd; i++) {
            if (ADDITIVE_MODIFIERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return d.outcomeFrom >= 0 && alsoBefore(d.outcomeFrom, d.sentence.from(), tokens) || separateIncident(d.sentence, tokens);
    }

    /**
     * Rule "separate-incident": "Separately, three people were killed", "In a separate attack ...", "In another
     * incident ...", "Later that day ...": a sentence that opens by setting its event apart tells a further toll,
     * never a repeat or an update of the one before. "Elsewhere" is no such cue: it also opens the places of a
     * nationwide toll told in the lead. Rule "meanwhile-opening": "Meanwhile, gunmen abducted a merchant", "In
     * parallel, ...", "In the meantime, ...", "At the same time, ...": a sentence that opens on another thing
     * happening at the time tells another event, unless it reports what a source said.
     */
    /**
     * "Meanwhile the opposition said the attack killed more than 100 people": a source's words told at the time may
     * tell the same event again, so a reporting verb leaves the sentence to the other rules.
     */
    private static boolean reported(Sentence s, List<Token> tokens) {
        for (int i = s.from(); i < s.to(); i++) {
            if (REPORTING.contains(tokens.get(i).lower())) {
                return true;
            }
            if (i + 1 < s.to() && (tokens.get(i).is(",") && tokens.get(i + 1).is("and") || tokens.get(i).is(";"))) {
                return false; // a later clause's source tells that clause, not the event the sentence opens on
            }
        }
        return false;
    }

    private static final Set<String> REPORTING = WordList.of("reporting-verbs");
    static final String MEANWHILE_OPENING = "meanwhile-opening";
    private static final Set<String> MEANWHILE = WordList.of("meanwhile-openers");

    static boolean separateIncident(Sentence s, List<Token> tokens) {
        int at = s.from();
        if (at + 2 >= s.to()) {
            return false;
        }
        String first = tokens.get(at).lower();
        String second = tokens.get(at + 1).lower();
        if (first.equals("separately")) {
            return true;
        }
        if ((MEANWHILE.contains(first)
                || first.equals("in") && (second.equals("parallel") || second.equals("the") && tokens.get(at + 2).is("meantime"))
                || first.equals("at") && second.equals("the") && tokens.get(at + 2).is("same") && at + 3 < s.to() && tokens.get(at + 3).is("time"))
                && !reported(s, tokens)) {
            return true;
        }
        if (first.equals("in") && (second.equals("another") || second.equals("a") && tokens.get(at + 2).is("separate"))) {
            return true;
        }
        if (!first.equals("later")) {
            return false;
        }
        int k = second.equals("on") ? at + 2 : at + 1;
        return k + 1 < s.to() && (tokens.get(k).is("that") || tokens.get(k).is("the") && tokens.get(k + 1).is("same"));
    }

    /**
     * Rule "another-person": "the death of another paramedic", "wounded another": one person told with "another"
     * right after the outcome word is one more victim, never the one named before; "killing one and wounding
     * another" sets the wounded apart from the dead of its own sentence, not from earlier wounded.
     */
    private static boolean anotherPerson(Draft d, List<Token> tokens) {
        if (d.value() != 1 || d.outcomeFrom > d.sentence.from() && tokens.get(d.outcomeFrom - 1).is("and")) {
            return false;
        }
        int after = d.outcomeTo;
        return after >= 0 && after + 1 < d.sentence.to() && d.outcomeFrom == d.quantity.from()
                && (tokens.get(after).is("another") || tokens.get(after).is("of") && tokens.get(after + 1).is("another"));
    }

    static boolean alsoBefore(int verb, int sentenceFrom, List<Token> tokens) {
        for (int i = verb - 1; i >= Math.max(sentenceFrom, verb - ALSO_REACH); i--) {
            if (tokens.get(i).is("also")) {
                return true;
            }
        }
        return false;
    }
}
