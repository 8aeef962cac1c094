package org.casualtyledger.ingest.extract;

/** A rule over one sentence: reads its figures or changes the drafts read from them so far. */
interface SentenceRule extends ReadingRule {

    void apply(SentenceReading sentence);
}
