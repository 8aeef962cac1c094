package org.casualtyledger.ingest.extract;

import org.casualtyledger.claim.CountRange;

/**
 * A figure found in the tokens: [from, to) covers the qualifier and the number words, [numberFrom, to) the number
 * alone. {@code article} marks "a"/"an"/"another": one person, if a singular person noun follows.
 */
record Quantity(int from, int numberFrom, int to, CountRange count, boolean article, String rule) {

    Quantity withQualifier(int qualifierFrom, CountRange qualified) {
        return new Quantity(qualifierFrom, numberFrom, to, qualified, article, rule);
    }

    Quantity withCount(CountRange other) {
        return new Quantity(from, numberFrom, to, other, article, rule);
    }

    Quantity extendedTo(int newTo) {
        return new Quantity(from, numberFrom, newTo, count, article, rule);
    }
}
