package org.casualtyledger.system;

/** Bulletins written for these tests in the style of a monitor's daily report. */
final class Bulletins {
    /** An incident with a party's losses on both sides, a breakdown and a running total. */
    static final String HAJIN_CLASHES = """
            Deir Ezzor Province – the monitor documented that 27 members at least of the \u201cIslamic State\u201d organization were killed \
            in a failed attack on positions of the Syria Democratic Forces near Hajin, while 9 fighters of the SDF were \
            also killed. Separately, shelling on the town of al-Susah killed 14 civilians including 5 children.

            With these losses it rose to 940 the number of members of the organization who were killed since the \
            10th of November 2018.
            """;

    /** A short report of one incident, varied by a number so that each text is a distinct report. */
    static String shellingReport(int n) {
        return "Idlib Province - the monitor documented that " + (n + 2) + " civilians were killed in shelling on the town of "
                + "Khan Shaykhun on the " + (n % 27 + 1) + "th of March 2019, and " + (n + 1) + " others were wounded.";
    }

    private Bulletins() {
    }
}
