package org.casualtyledger.ingest.extract;

/**
 * A sentence as a token range [from, to) of the report. {@code headline} marks a short line without final
 * punctuation at the top of the report: a title whose figures restate the body.
 */
record Sentence(int index, int from, int to, int start, int end, boolean headline) {

    String text(String report) {
        return report.substring(start, end);
    }
}
