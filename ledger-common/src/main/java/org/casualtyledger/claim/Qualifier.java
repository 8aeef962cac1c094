package org.casualtyledger.claim;

/** How a figure was stated: the word that bounds it ("at least", "about", "dozens"). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, NEARLY, UP_TO, LESS_THAN, RANGE, VAGUE
}
