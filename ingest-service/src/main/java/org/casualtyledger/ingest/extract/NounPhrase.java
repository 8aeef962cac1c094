package org.casualtyledger.ingest.extract;

/**
 * What a figure counts: tokens [from, to) after the number. {@code person} is the head noun when it names people,
 * {@code group}/{@code groupFrom}/{@code groupTo} a party named inside the phrase ("members of the SDF"),
 * {@code outcomeHead} an outcome named by the head ("5 deaths"), {@code nonCasualty} a head that is not people.
 */
record NounPhrase(int from, int to, PersonNoun person, int headIndex, String group, int groupFrom, int groupTo,
                  OutcomeTerm outcomeHead, boolean nonCasualty, String nationality, boolean partitive) {

    boolean countsPeople() {
        return person != null || group != null || outcomeHead != null;
    }

    boolean bare() {
        return !countsPeople() && !nonCasualty;
    }
}
