package org.casualtyledger.ingest.extract;

/** Places known to the extractor; filled from gazetteer-sy.tsv. */
final class Gazetteer {

    static Gazetteer load() {
        return new Gazetteer();
    }
}
